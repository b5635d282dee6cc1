# Decimal with the rest of the library: fractions, statistics, json, sum,
# numbers, copy, math, % formatting, pickling protocol (__reduce__).
import copy
import json
import math
import numbers
import statistics
from decimal import Decimal as D, localcontext, getcontext, Context
from fractions import Fraction as F

print(F(D('0.75')), F(D('-1.5E+3')), F(D('0.1')), F.from_decimal(D('3.14')), F(D('1E-5')))
for bad in ['NaN', 'Infinity']:
    try:
        F(D(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(D('0.75').as_integer_ratio(), D('-12.5').as_integer_ratio(), D('0').as_integer_ratio(), D('1E+3').as_integer_ratio(), D('1.000').as_integer_ratio())

data = [D('1.5'), D('2.25'), D('3.75'), D('0.1')]
print(statistics.mean(data), statistics.median(data), statistics.fmean(data), statistics.mode([D(1), D(2), D(2)]))
print(statistics.variance(data), statistics.stdev(data), statistics.pvariance(data), statistics.pstdev(data))
print(repr(statistics.mean([D('0.1'), D('0.2'), D('0.3')])), repr(statistics.median_low([D(3), D(1), D(2), D(4)])))

doc = '{"price": 19.99, "qty": 3, "items": [0.1, 0.2, 1e-7, -0.0, 12345678901234567890.5]}'
obj = json.loads(doc, parse_float=D)
print(obj, sum(obj['items']), type(obj['qty']).__name__)
print(json.loads('[1.10, 2.000]', parse_float=D), json.loads('3.5', parse_float=D) * 2)

print(sum([D('0.1')] * 10), sum([D('0.1')] * 3, D(0)), sum(D(i) / 10 for i in range(10)), sum([D(1), 2, D('0.5')]), sum([], D('0.0')))
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), isinstance(D(1), numbers.Rational),
      isinstance(D(1), numbers.Integral), isinstance(D(1), numbers.Complex), issubclass(D, numbers.Number))

d = D('-123.4500')
print(copy.copy(d) is d, copy.deepcopy(d) is d, copy.deepcopy([d, {'k': d}]), d.__reduce__())
cls, args = d.__reduce__()
print(cls(*args) == d, repr(cls(*args)))
ctx = Context(prec=7, flags=[], traps=[])
print(copy.copy(ctx), copy.deepcopy(ctx) is ctx, ctx.__reduce__()[0] is Context)

print(math.sqrt(D(2)), math.floor(D('-2.5')), math.ceil(D('2.1')), math.isclose(D('1.0'), 1), math.fsum([D('0.1')] * 10), math.isnan(D('NaN')), math.isinf(D('-Infinity')))
print(float(D('0.1')), float(D('1E+400')), float(D('-1E-400')), float(D('-0')), float(D('123.456')), int(D('-7.9')), int(D('1E+25')), complex(D('2.5')))
print('%s %r %.2f %d %e %g' % (D('1.5'), D('1.5'), D('2.345'), D('7.9'), D('12345.678'), D('0.0001234')))
print('{:.3f} {!r} {!s}'.format(D(1) / 3, D('1.50'), D('1E+2')))
print(str(D('1E+2')), D('5').conjugate(), D('5').real, D('5').imag, D('1.5').__round__(), round(D('1.25'), 1))
print(sorted({D('1.0'): 'a', D('0.5'): 'b'}.items()), max(D('1'), 2.5, key=float), divmod(D(7), 2), D(7).__divmod__(2))
print([D(x) for x in range(3)], list(map(D, ['1', '2.5'])), D(3) in [3], 3 in {D(3)}, D('0.5') in {0.5: 1})
with localcontext() as c:
    c.prec = 6
    print(sum(D(1) / D(n) for n in range(1, 20)))
print(type(D(1) + True), D(1) + True, True + D('0.5'), D('2') * False)
