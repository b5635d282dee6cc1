# __doc__ and __text_signature__ of builtins, as inspect.signature and learners read them.
import builtins, inspect, math, itertools, sys, functools, operator

print(len.__doc__)
print(len.__text_signature__, sorted.__text_signature__, dict.get.__text_signature__)
print(sorted.__doc__)
print(int.__doc__)
print(repr(int.__text_signature__), repr(object.__text_signature__), repr(str.__text_signature__))
print([].append.__doc__, [].append.__text_signature__, {}.get.__qualname__)
print(str.split.__name__, str.split.__qualname__, str.split.__objclass__, int.real.__objclass__, int.real.__name__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (1).__add__.__doc__)
print(type.__doc__)
print(property.__doc__.splitlines()[0], memoryview.nbytes.__doc__)

for f in (len, sorted, print, max, min, iter, next, getattr, pow, round, divmod, isinstance, sum, abs,
          repr, format, vars, dir, hash, id, input, open, compile, exec, eval, setattr, delattr,
          str.split, str.join, str.replace, str.format, dict.get, dict.pop, dict.fromkeys, list.sort,
          list.append, list.index, bytes.hex, bytes.decode, int.to_bytes, int.from_bytes, [].append,
          "x".center, object, int.__add__, (1).__add__, object.__init__, object.__new__, int.__new__,
          math.sqrt, math.isclose, math.gcd, math.log, sys.getsizeof, sys.exit, operator.add,
          functools.reduce, itertools.count):
    try:
        print(getattr(f, "__qualname__", f), inspect.signature(f))
    except (ValueError, TypeError) as e:
        print(getattr(f, "__qualname__", f), type(e).__name__, e)

def show(label, obj):
    print(label, repr(getattr(obj, "__doc__", None)), repr(getattr(obj, "__text_signature__", None)))

for name in sorted(vars(builtins)):
    obj = getattr(builtins, name)
    if name.startswith("_") or name in ("help", "copyright", "credits", "license", "exit", "quit"):
        continue
    if callable(obj) and not isinstance(obj, type):
        show(name, obj)
for t in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, memoryview, property, staticmethod, classmethod, super, enumerate, zip, map, filter,
          reversed):
    show(t.__name__, t)
    for name in dir(t):
        if name in ("__doc__", "__class__", "__init_subclass__", "__subclasshook__", "__abstractmethods__"):
            continue
        show(t.__name__ + "." + name, getattr(t, name))
for f in (math.sqrt, math.gcd, math.isclose, math.floor, itertools.chain, itertools.groupby, sys.getsizeof,
          sys.exit, sys.getrefcount, operator.itemgetter, functools.reduce):
    show(getattr(f, "__qualname__", f.__name__), f)
