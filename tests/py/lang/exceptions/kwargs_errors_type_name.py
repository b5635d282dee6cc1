def f():
    class E(Exception): pass
    class I(ImportError): pass
    class N(NameError): pass
    return E, I, N
E, I, N = f()
for c, kw in [(E, {'x': 1}), (I, {'y': 1}), (N, {'z': 2})]:
    try: c(**kw)
    except TypeError as e: print(e)
E.__name__ = 'Renamed'
print(repr(E(1)))
import collections
print(repr(ValueError(1)), repr(OSError(2, 'x')), repr(StopIteration(3)))
class A(AttributeError): pass
try: A(q=1)
except TypeError as e: print(e)
class ModErr(ModuleNotFoundError): pass
try: ModErr(q=1)
except TypeError as e: print(e)
