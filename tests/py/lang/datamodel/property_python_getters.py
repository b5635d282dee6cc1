# Properties whose getter is a Python function: results, exceptions and tracebacks, reference
# counts seen inside the getter, frames, recursion, __getattr__ after an AttributeError.
import sys
import traceback


class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2

    @property
    def bad(self):
        raise ValueError("bad getter")

    @property
    def missing(self):
        return self.nothing_here

    @property
    def counts(self):
        return sys.getrefcount(self), sys.getrefcount(type(self).__dict__["counts"].fget)

    @property
    def caller(self):
        f = sys._getframe(1)
        return f.f_code.co_name, f.f_lineno

    @property
    def me(self):
        return self

    def _get_x(self, extra=1):
        return self._v + extra

    x = property(_get_x)
    w = property(lambda self: self._v - 1)


p = P(5)
print(p.v, p.x, p.w, p.me.me.v)
try:
    p.bad
except ValueError:
    traceback.print_exc(file=sys.stdout)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
before = sys.getrefcount(p), sys.getrefcount(P.__dict__["counts"].fget)
c = p.counts
print(c[0] - before[0], c[1] - before[1])


def where():
    return p.caller


print(where())


class G(P):
    def __getattr__(self, name):
        return "getattr " + name


print(G(1).v, G(1).missing)


class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def total(self):
        return 0 if self.n == 0 else self.n + Deep(self.n - 1).total


print(Deep(40).total)
sys.setrecursionlimit(80)
try:
    Deep(500).total
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)


class Dies:
    def __del__(self):
        print("del")

    @property
    def val(self):
        return 7


print(Dies().val)
print("end")
