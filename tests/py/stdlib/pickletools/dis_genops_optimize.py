# pickletools: dis() (offsets, codes, MARK indentation, memo notes, annotations, the stack and
# memo checks and their errors), genops(), optimize() (unused PUTs dropped, frames rebuilt) over
# values of every kind at protocols 0-5, and the 'python -m pickletools' command line.
import pickle, pickletools, io, collections, datetime, decimal, fractions
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
shared = [1, 2]
values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**64, -2**100, 3.14, -0.0, float("inf"),
    "", "abc", "é☃\U0001F600", b"", b"\x00\xff", bytearray(b"xy"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
    [], [1, "a", None], {}, {"a": 1, 2: [3]}, {1, 2}, frozenset({3}), [shared, shared], Point(1, "p"), Slotted(),
    collections.OrderedDict(a=1), collections.Counter("aab"), datetime.date(2024, 1, 2), decimal.Decimal("1.5"),
    fractions.Fraction(1, 3), complex(1, 2), range(3), slice(1, 2), len, Point, {"k": (1, [2, {3: "x" * 300}])},
    list(range(300)), "x" * 70000,
]
def show(v, proto):
    data = pickle.dumps(v, proto)
    out = io.StringIO()
    pickletools.dis(data, out)
    text = out.getvalue()
    opt = pickletools.optimize(data)
    print("== proto", proto, type(v).__name__, len(data), len(opt), pickle.loads(opt) == v or type(v).__name__)
    print(text if len(text) < 3000 else text[:1500] + "..." + text[-500:], end="")
for proto in range(6):
    for v in values:
        try:
            show(v, proto)
        except Exception as e:
            print("error", proto, type(v).__name__, type(e).__name__, e)
data = pickle.dumps({"a": [1, 2], "b": ("x", "y")}, 2)
pickletools.dis(data, annotate=1)
pickletools.dis(data, indentlevel=1, annotate=40)
for op, arg, pos in pickletools.genops(pickle.dumps([1, "a"], 4)):
    print(op.name, repr(arg), pos, op.proto, op.stack_before, op.stack_after, op.arg.name if op.arg else None)
print(len(pickletools.opcodes), pickletools.code2op["."].name)
for bad in [b"", b"(.", b"K\x01K\x02.", b"h\x05.", b"]q\x00q\x00.", b"0.", b"\xff", b"J\x01", b"X\x05\x00\x00\x00ab", b"S'abc\n.", b"Sabc\n.", b"I12x\n.", b"(q\x00."]:
    try:
        pickletools.dis(bad)
    except Exception as e:
        print("bad", bad, type(e).__name__, e)
memo = {}
p = pickle.Pickler(buf := io.BytesIO(), 2)
obj = [1]
p.dump(obj); p.dump(obj)
stream = io.BytesIO(buf.getvalue())
pickletools.dis(stream, memo=memo); pickletools.dis(stream, memo=memo)
print(pickletools.optimize(pickle.dumps([shared, shared, "s", "s"], 0)))
print(pickletools.optimize(pickle.dumps([shared, shared, "s"], 1)))
print(pickletools.optimize(pickle.dumps([shared, shared, ["q"] * 300], 4)))

import contextlib, os, runpy, sys, tempfile
os.chdir(tempfile.mkdtemp())
with open("a.pickle", "wb") as f:
    pickle.dump({"x": [1, 2], "y": "z"}, f, 3)
with open("b.pickle", "wb") as f:
    pickle.dump((None, True, 1.5), f, 0)


def cli(*args):
    saved = sys.argv[:]
    sys.argv = ["pickletools.py", *args]
    out = io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            runpy.run_module("pickletools", run_name="__main__", alter_sys=True)
    except SystemExit as e:
        code = e.code
    except ValueError as e:
        code = "ValueError: %s" % e
    finally:
        sys.argv = saved
    print("--", args, "exit", code)
    print(out.getvalue(), end="")


cli("a.pickle")
cli("-a", "-l", "2", "a.pickle", "b.pickle")
cli("-m", "-p", "## {name}", "a.pickle", "b.pickle")
# (argparse's FileType leaves out.txt open: its buffered text is written whenever the file
# object is collected, so only its creation is checked here.)
cli("-o", "out.txt", "b.pickle")
print(os.path.exists("out.txt"))
cli()
cli("missing.pickle")
