# Builtin methods called as obj.method(...) (LOAD_METHOD + CALL of a method descriptor): results,
# keyword arguments, argument errors, subclasses of the owner, a descriptor stored on another
# class (doesn't apply), the recursion limit at such a call, refcounts of arguments and results.
import sys
import traceback

l = []
for i in range(5):
    l.append(i * i)
print(l, l.pop(), l.pop(0), l.index(4), l.count(1))
l.sort(key=lambda v: -v, reverse=True)
print(l)
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 7), d.setdefault("c", []), d.pop("a"), d)
print("a,b,,c".split(","), "a b".split(sep=" ", maxsplit=1), "-".join(["x", "y"]))
print("{}-{x}".format(1, x=2), (3).to_bytes(2, "big"), (1.5).as_integer_ratio())


class L(list):
    pass


m = L()
m.append(1)
m.extend([2, 3])
print(m, type(m).__name__, m.pop())


class A:
    f = list.append
    g = str.upper


for call in (lambda: A().f(1), lambda: A().g(), lambda: [].append(), lambda: [].append(1, 2),
             lambda: {}.get(), lambda: "x".split(sep=1), lambda: [].pop(5), lambda: [].sort(1),
             lambda: "".join([1]), lambda: {}.pop("k"), lambda: [].append(x=1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

x = object()
y = "some string"
before = sys.getrefcount(x), sys.getrefcount(y)
keep = []
for i in range(3):
    keep.append(x)
    keep.append(y)
print(sys.getrefcount(x) - before[0], sys.getrefcount(y) - before[1])
keep.clear()
print(sys.getrefcount(x) - before[0], sys.getrefcount(y) - before[1])
r = [1, 2, 3].copy()
print(sys.getrefcount(r))


def deep(n, acc):
    acc.append(n)
    "s".upper()
    deep(n + 1, acc)


for limit in (60, 61, 75):
    sys.setrecursionlimit(limit)
    acc = []
    try:
        deep(0, acc)
    except RecursionError as e:
        print(limit, len(acc), e)
sys.setrecursionlimit(1000)


def at_limit(n):
    if n == 0:
        return [].count(0), "a".replace("a", "b")
    return at_limit(n - 1)


depth = 0
f = sys._getframe()
while f is not None:
    depth += 1
    f = f.f_back
sys.setrecursionlimit(depth + 30)
for n in (27, 28, 29, 30):
    try:
        print(n, at_limit(n))
    except RecursionError as e:
        print(n, "RecursionError", e)
sys.setrecursionlimit(1000)

try:
    [].index(5)
except ValueError:
    traceback.print_exc(file=sys.stdout)
