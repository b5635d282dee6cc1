"""The oracle for heapstack's trace recorder: python3 runs a program under sys.settrace and,
at every line event of the program's own code, writes what the program can see:

- the frames of the program's code (outermost first): function name, line, local names;
- the shape of the object graph reachable from each frame's locals (for the module frame, from
  the names the program defined), walked with gc.get_referents.

The shape is a canonical string independent of addresses: containers get a number the first
time the walk meets them and are written as "#n" when met again (so sharing and cycles are part
of the shape); numbers, strings, None and booleans are written as values; functions, classes
and modules as their names. tests/trace/shape.ts builds the same string from heapstack's
recorded trace and compares them step by step.

    python3 tests/trace/oracle.py PROGRAM.py > events.json
"""
import gc
import json
import sys
import types

PROGRAM = sys.argv[1]
ATOMS = (int, float, str, bytes, bool, complex, type(None))
MAX_ITEMS = 50


def atom(o):
    if o is None or isinstance(o, bool):
        return repr(o)
    t = type(o).__name__
    if isinstance(o, float):
        return "float:" + repr(o)
    if isinstance(o, str):
        return "str:" + repr(o[:40])
    if isinstance(o, int):
        r = repr(o)
        return "int:" + (r if len(r) <= 40 else "big")
    return t


def referents(o):
    """What o references, in a canonical order (gc.get_referents, minus the type)."""
    if isinstance(o, dict):
        out = []
        for k, v in o.items():
            out.append(k)
            out.append(v)
        return out
    if isinstance(o, (list, tuple)):
        return list(o)
    if isinstance(o, (set, frozenset)):
        return sorted(o, key=lambda x: (type(x).__name__, repr(x) if isinstance(x, ATOMS) else ""))
    d = getattr(o, "__dict__", None)
    if isinstance(d, dict):
        # an instance: its attributes (gc.get_referents lists the instance's dict or values)
        out = []
        for k, v in d.items():
            out.append(k)
            out.append(v)
        return out
    return [r for r in gc.get_referents(o) if not isinstance(r, type)]


def kind(o):
    if isinstance(o, BaseException):
        return None
    if isinstance(o, dict):
        return "dict"
    if isinstance(o, (list, tuple, set, frozenset)):
        return type(o).__name__
    if hasattr(o, "__dict__") and not isinstance(o, (types.FunctionType, type, types.ModuleType)):
        return "obj:" + type(o).__name__
    return None


def shape(o, seen):
    if isinstance(o, ATOMS):
        return atom(o)
    if isinstance(o, types.FunctionType):
        return "function:" + o.__qualname__
    if isinstance(o, type):
        return "class:" + o.__qualname__
    if isinstance(o, types.ModuleType):
        return "module:" + o.__name__
    k = kind(o)
    if k is None:
        return "other:" + type(o).__name__
    if id(o) in seen:
        return "#" + str(seen[id(o)])
    seen[id(o)] = len(seen)
    items = referents(o)
    parts = [shape(x, seen) for x in items[:MAX_ITEMS]]
    return k + "(" + ",".join(parts) + ")"


def user_frame(frame):
    return frame.f_code.co_filename == PROGRAM


def frames_of(frame):
    out = []
    f = frame
    while f is not None:
        if user_frame(f):
            out.append(f)
        f = f.f_back
    out.reverse()
    return out


def snapshot(frame):
    seen = {}
    result = []
    for f in frames_of(frame):
        if f.f_code.co_name == "<module>" or not (f.f_code.co_flags & 0x1):  # module or class body
            names = [n for n in f.f_locals if not (n.startswith("__") and n.endswith("__"))]
        else:
            slots = dict.fromkeys(f.f_code.co_varnames + f.f_code.co_cellvars + f.f_code.co_freevars)
            names = [n for n in slots if n in f.f_locals]
        local_shapes = []
        for n in names:
            v = f.f_locals[n]
            if isinstance(v, types.ModuleType):
                continue
            local_shapes.append([n, shape(v, seen)])
        result.append({"function": f.f_code.co_qualname, "line": f.f_lineno, "locals": local_shapes})
    return result


events = []


def tracer(frame, event, arg):
    if not user_frame(frame):
        return tracer
    if event == "line":
        events.append({"line": frame.f_lineno, "frames": snapshot(frame)})
    return tracer


source = open(PROGRAM).read()
code = compile(source, PROGRAM, "exec")
glb = {"__name__": "__main__", "__file__": PROGRAM, "__builtins__": __builtins__}
out = sys.stdout
sys.stdout = open("/dev/null", "w")
sys.stderr = sys.stdout
sys.settrace(tracer)
try:
    exec(code, glb)
except SystemExit:
    pass
except BaseException:
    # python3 prints an uncaught exception with the tracer still set: the program's __str__
    # (or __repr__) runs traced then
    sys.excepthook(*sys.exc_info())
finally:
    sys.settrace(None)
    sys.stdout = out
json.dump(events, out)
