# decimal.Decimal is a C type in CPython: 104 bytes with 4 inline words of 19 digits, longer
# coefficients in a separate block that __sizeof__ adds; not a GC type, so never tracked and not
# counted by gc.get_count(); subclasses get a dict, a weakref slot and the GC header.
import gc, sys
from decimal import Decimal as D
from fractions import Fraction as F
x = D("1.5")
print(gc.is_tracked(x), D.__basicsize__, sys.getsizeof(x), x.__sizeof__())
c = gc.get_count()
l = [D(i) for i in range(100)]
print(gc.get_count()[0] - c[0])
class E(D): pass
print(sys.getsizeof(E(1)), gc.is_tracked(E(1)))
print(gc.is_tracked(F(1, 3)), sys.getsizeof(F(1, 3)))
import datetime
print(gc.is_tracked(datetime.date.today()), sys.getsizeof(datetime.timedelta(1)))
g = sys.getsizeof
print([g(D(v)) for v in ['0','1.5','1'*76,'1'*77,'1'*95,'1'*96, 'NaN', '-Inf', 'sNaN123']], g(D(10**100)), g(D(2**300)), g(D(1.1)), g(D.from_float(1e300)))
print(g(E('1'*100)), E.__basicsize__, D(1).__sizeof__(), E(2).__sizeof__())
e = E(5); e.note = "x"; print(e.note, e + 1, type(e + 1))
try:
    D(1).x = 1
except AttributeError as err: print(err)
print(hasattr(D, "__slots__"), "__dict__" in dir(D(1)))
