# Proxies to callables are CallableProxyType and can be called.
import weakref


def f(x, y=2):
    return x * y


class C:
    def __call__(self):
        return "called"


p = weakref.proxy(f)
print(type(p).__name__, p(3), p(3, y=5))
c = C()
cp = weakref.proxy(c)
print(type(cp).__name__, cp())
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(isinstance(cp, weakref.ProxyTypes), isinstance(p, weakref.CallableProxyType))
del c
try:
    cp()
except ReferenceError as e:
    print("ReferenceError:", e)
