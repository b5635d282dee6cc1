class Bad:
    def __repr__(self):
        raise ValueError("repr failed")

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e

def gen():
    yield 1
    raise KeyError("in gen")

for f in [lambda: parse("x"), lambda: list(gen()), lambda: [1/x for x in (1, 0)],
          lambda: {k: v for k, v in [(1, 2), (3,)]}, lambda: repr(Bad()), lambda: print(Bad())]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__))

try:
    try:
        raise TypeError("inner")
    finally:
        print("finally runs")
except TypeError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__)

def eg():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("sub", [KeyError(3)])])
try:
    eg()
except* ValueError as g:
    print("caught V", g.exceptions)
except* (TypeError, KeyError) as g:
    print("caught TK", repr(g), g.exceptions)

class E(Exception):
    def __str__(self):
        return "custom str"
print(str(E()), repr(E("a", 1)), E("a").args)
e = OSError(2, "No such file", "x.txt")
print(e, e.errno, e.strerror, e.filename, type(e).__name__)
print(FileNotFoundError(2, "nf") .__class__.__name__, OSError(13, "perm").__class__)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__, ExceptionGroup("x",[ValueError()]).split(ValueError))
def deep():
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("during handling") 
try:
    deep()
except ValueError as e:
    import traceback
    traceback.print_exc()
raise SystemExit("bye message")
