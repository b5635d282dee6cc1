# Binary operators whose special method is written in Python: results, NotImplemented and the
# TypeError after it, exceptions and tracebacks, reference counts seen inside, recursion.
import sys
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __sub__(self, o):
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k)

    def __truediv__(self, k):
        return V(self.x / k)

    def __floordiv__(self, k):
        raise ValueError("no floor division for " + repr(k))

    def __matmul__(self, o):
        return sys.getrefcount(self), sys.getrefcount(o), sys.getrefcount(V.__matmul__)

    def __mod__(self, o):
        return sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno

    def __repr__(self):
        return f"V({self.x!r})"


a, b = V(1), V(2)
print(a + b, a + 2, a + 2.5, a * 3, a * 0.5, a / 4)
c = a
c += b
print(c, a)
for args in [(a, b), (a, 1), (a, 1.5), (a, "s")]:
    try:
        print(args[0] - args[1])
    except TypeError as e:
        print("TypeError:", e)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    x = a
    x -= b
except TypeError as e:
    print("TypeError:", e)
try:
    a // 3
except ValueError:
    traceback.print_exc(file=sys.stdout)
print(a @ b)
before = sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(V.__matmul__)
r = a @ b
print(r[0] - before[0], r[1] - before[1], r[2] - before[2])


def caller():
    return a % b


print(caller())


class W(V):
    def __rsub__(self, o):
        return "W.__rsub__"


print(a - W(5))
print(W(1) + W(2), W(3) * 2)


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return 0
        return Deep(self.n - 1) + o + 1


print(Deep(50) + Deep(0))
sys.setrecursionlimit(100)
try:
    Deep(1000) + Deep(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)


class Gen:
    def __add__(self, o):
        yield o


print(list(Gen() + 5))


class Dies:
    def __del__(self):
        print("del", self.tag)

    def __init__(self, tag):
        self.tag = tag

    def __xor__(self, o):
        print("in xor")
        return Dies(self.tag + o.tag)


r = Dies("a") ^ Dies("b")
print("after", r.tag)
del r


class Mutates:
    def __and__(self, o):
        del Mutates.__and__
        return "first"


m = Mutates()
print(m & m)
try:
    m & m
except TypeError as e:
    print("TypeError:", e)
