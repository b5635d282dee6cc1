# __index__ returning an int subclass (bool): DeprecationWarning and an exact int, as int() does for __int__
import warnings, operator
warnings.simplefilter('always')
class BadIndex:
    def __index__(self): return True
class BadInt:
    def __int__(self): return True
class BadFloat:
    def __float__(self): return FF(1.5)
class FF(float): pass
class TB:
    def __trunc__(self): return True
for f in [lambda: int(BadIndex()), lambda: operator.index(BadIndex()), lambda: int(BadInt()), lambda: float(BadFloat()), lambda: [1,2][BadIndex()], lambda: range(BadIndex()), lambda: int(TB()), lambda: complex(BadFloat()), lambda: hex(BadIndex())]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try: r = f()
        except Exception as e: r = e
        print(repr(r), [(x.category.__name__, str(x.message)) for x in w])
print(type(operator.index(BadIndex())).__name__, repr(range(BadIndex())), "abc"[BadIndex():])
warnings.simplefilter('error')
try:
    operator.index(BadIndex())
except DeprecationWarning as e:
    print("error:", e)
