import traceback, sys
def f(d):
    return d["a"]["b"] + d["c"]
def g(xs):
    return [x.upper() for x in xs]
def h(obj):
    return obj.method(1, 2).attr
class O:
    def method(self, a, b): return None
cases = [lambda: f({"a": {"b": 1}, "c": None}), lambda: f({"a": {}}), lambda: g(["a", 1]),
         lambda: h(O()), lambda: (1 +
    "x"), lambda: int("q") if True else 0, lambda: [].pop(), lambda: {}.popitem(),
         lambda: sorted([1, "a"]), lambda: max([]), lambda: "abc"[5], lambda: (1, 2)[1:][3],
         lambda: None(), lambda: len(5), lambda: iter(3), lambda: next(iter([])), lambda: "a" * 2.0,
         lambda: [1, 2, 3].index(9), lambda: "abc".index("z"), lambda: set().remove(1), lambda: tuple()[0],
         lambda: object().x, lambda: setattr(1, "x", 2), lambda: abs("x"), lambda: divmod(1, 0),
         lambda: chr(-1), lambda: ord("ab"), lambda: range(1, 2, 0), lambda: list(zip([1], [2], strict=True)) and list(zip([1], [], strict=True)),
         lambda: dict([(1, 2, 3)]), lambda: {[]: 1}, lambda: hash([]), lambda: int(None), lambda: float("x"),
         lambda: "".join([1]), lambda: "%d" % [], lambda: b"a" + "b", lambda: [1] + (2,), lambda: 1 < "a",
         lambda: print(end=5), lambda: sum(["a", "b"]), lambda: sum([[1]], []), lambda: sum(["a"], ""),
         lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: super(), lambda: getattr(1, 2),
         lambda: __import__("no_such_mod"), lambda: type("x", (1,), {}), lambda: memoryview("x"),
         lambda: bytes(-1), lambda: bytearray([256]), lambda: "x".encode("nope"), lambda: b"\xff".decode(),
         lambda: int.from_bytes("x", "big"), lambda: round("x"), lambda: (lambda a, /, b: 0)(a=1, b=2),
         lambda: (lambda *, k: 0)(1), lambda: (lambda a: 0)(), lambda: (lambda a: 0)(1, a=2), lambda: (lambda: 0)(x=1),
         lambda: f(**{"d": 1}, **{"d": 2}), lambda: f(*1), lambda: f(**[]), lambda: O.method(), lambda: O().method(1)]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
try:
    f({"a": {"b": 1}, "c": None})
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    g(["a", 1])
except AttributeError:
    print(traceback.format_exc())
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print(e)
x = {"k": [1, 2, {"z": None}]}
x["k"][2]["z"].foo
