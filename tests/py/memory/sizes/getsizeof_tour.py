# sys.getsizeof of every common type and the growth sequences of str, int, list, dict, set,
# deque, bytearray and array.
import sys, array, collections, decimal, fractions
g = sys.getsizeof
print([g(s) for s in ["", "a", "ab", "é", "€", "😀", "a"*100, "é"*100, "€"*100, "😀"*100]])
print([g(i) for i in [0, 1, -1, 2**30-1, 2**30, 2**60, 2**90, -2**200, True, False]])
print(g(1.5), g(1j), g(None), g(...), g(NotImplemented))
print([g(b"x"*n) for n in (0, 1, 10, 100)])
ba = bytearray(); out = []
for i in range(70):
    out.append(g(ba)); ba.append(1)
print(out)
l = []; out = []
for i in range(70):
    out.append(g(l)); l.append(i)
print(out)
d = {}; out = []
for i in range(100):
    out.append(g(d)); d[i] = i
print(sorted(set(out)))
d = {}; out = []
for i in range(100):
    out.append(g(d)); d[str(i)] = i
print(sorted(set(out)))
s = set(); out = []
for i in range(200):
    out.append(g(s)); s.add(i)
print(sorted(set(out)))
dq = collections.deque(); out = []
for i in range(200):
    out.append(g(dq)); dq.append(i)
print(sorted(set(out)))
for code in "bBhHiIlLqQfd":
    a = array.array(code); out = []
    for i in range(40):
        out.append(g(a)); a.append(1)
    print(code, sorted(set(out)))
print(g(()), g((1,)), g((1, 2, 3)), g(tuple(range(100))))
print(g(frozenset()), g(frozenset(range(10))), g(set(range(10))))
print(g(range(10)), g(slice(1)), g(iter([])), g(iter(()))
, g(iter("")), g(iter({})), g(reversed([])), g(enumerate([])), g(zip()), g(map(len, [])), g(filter(None, [])))
print(g({}.keys()), g({}.values()), g({}.items()))
class A: pass
class B:
    __slots__ = ("a", "b", "c")
class C:
    __slots__ = ()
class D(A): pass
print(g(A()), g(B()), g(C()), g(D()), g(A), g(B), g(C), g(object()))
a = A(); print(g(a.__dict__)); a.x = 1; print(g(a.__dict__))
for i in range(10): setattr(a, "f%d" % i, i)
print(g(a.__dict__), g(a))
def f(x, y=1): return x
print(g(f), g(f.__code__), g(lambda: 0))
def gen(): yield 1
print(g(gen()), g(sys._getframe()))
print(g(decimal.Decimal("1.5")), g(fractions.Fraction(1, 3)))
print(g(memoryview(b"abc")), g(property()), g(staticmethod(f)), g(classmethod(f)))
print(g(a.__init__), g([].append), g(len), g(int.__add__), g(str.join))
print(g(sys), g(collections.OrderedDict()), g(collections.defaultdict(list)), g(collections.Counter()))
print(g(Exception()), g(ValueError("x")), g(KeyError()), g(OSError()), g(StopIteration()), g(SyntaxError()))
import weakref
print(g(weakref.ref(a)), g(weakref.proxy(a)))
print(g(type), g(int), g(super()) if False else 0)
print(g("a".encode()), g(bytes(1000)), g(bytearray(1000)))
print(g(1 << 1000), g(10**100), g(-10**100))
print(g("abc" + "d"), g("x".join(["a", "b"])), g(str(12345)), g(repr(1.5)), g(f"{12}"))
print(g([0] * 10), g([0, 1, 2, 3]), g(list(range(10))), g([i for i in range(10)]), g(list("abcdefg")))
print(g({1, 2, 3}), g(set([1, 2, 3, 4, 5])), g({i for i in range(5)}))
print(g(dict.fromkeys(range(10))), g(dict(a=1)), g({i: i for i in range(6)}))
