# int(str)'s ValueError and a Python __init__ of an exception class, run by the evaluation loop
# without a JS throw / as a pushed frame: messages, tracebacks, chaining, refcounts, levels.
import sys
import traceback


def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError as e:
            out.append((type(e).__name__, str(e), e.args, e.__context__))
    return out


print(parse_all(["12", " -7 ", "x5", "", "1_000", "0x10", "\u0661\u0662", "9" * 25, "1e3", "z" * 300]))


def convert(s):
    return int(s)


try:
    convert("abc")
except ValueError:
    traceback.print_exc(file=sys.stdout)

# chained: raised while handling another exception, and re-raised from a finally
try:
    try:
        {}["k"]
    except KeyError:
        int("nope")
except ValueError as e:
    print(repr(e), repr(e.__context__))


def in_finally():
    try:
        return 1
    finally:
        int("finally")


try:
    in_finally()
except ValueError as e:
    print("finally:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)

s = "not-a-number" * 2
before = sys.getrefcount(s)
for _ in range(100):
    try:
        int(s)
    except ValueError:
        pass
print("refcount kept:", sys.getrefcount(s) - before)


class S(str):
    pass


try:
    int(S("q"))
except ValueError as e:
    print("str subclass:", e)


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value!r}")
        self.field = field


class Plain(LookupError):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
        print("  Plain args:", self.args)

    def __del__(self):
        print("  del Plain", getattr(self, "a", None))


class Returns(Exception):
    def __init__(self):
        return 5


class Fails(Exception):
    def __init__(self, x):
        raise KeyError(x)


v = "value" * 2
try:
    raise ValidationError("item", v)
except ValidationError as e:
    print(e, e.args, e.field, sys.getrefcount(v))
p = Plain("one")
print(p.args, p.a, p.b)
del p
print("after del")
Plain("two", b=3)
print("kw done")
for cls, args in ((Returns, ()), (Plain, ()), (Fails, ("k",)), (Plain, (1, 2, 3))):
    try:
        cls(*args)
    except Exception as e:
        print(type(e).__name__, e)


def build(n):
    return ValidationError("depth", n)


old = sys.getrecursionlimit()
sys.setrecursionlimit(50)
outcomes = set()
for depth in range(30, 50):
    try:
        def down(k):
            return build(k) if k == 0 else down(k - 1)
        outcomes.add(type(down(depth)).__name__)
    except RecursionError as e:
        outcomes.add("RE " + str(e))
sys.setrecursionlimit(old)
print(sorted(outcomes))

# what the collector's count and tracemalloc see of int(str) and of an exception's __init__
import gc
import tracemalloc

gc.disable()


def counted(f):
    gc.collect()
    before = gc.get_count()[0]
    keep = f()
    return gc.get_count()[0] - before, keep


def bad_int():
    try:
        int("q1")
    except ValueError as e:
        return e


print("gc count:", counted(lambda: int("123456789"))[0])
print("gc count:", counted(lambda: Plain(7))[0], counted(lambda: ValidationError("f", 1))[0])
gc.enable()
tracemalloc.start()
for f in (bad_int, lambda: ValidationError("f", 1)):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    keep = f()
    now, peak = tracemalloc.get_traced_memory()
    print("traced:", now - before, peak - before)
    del keep
tracemalloc.stop()
