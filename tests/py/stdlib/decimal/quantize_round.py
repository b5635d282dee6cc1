# quantize, round(), to_integral_*, normalize, math.floor/ceil/trunc, int().
import math
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext, InvalidOperation

ROUNDINGS = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
vals = ['1.2345', '-1.2345', '2.5', '-2.5', '3.5', '0.125', '-0.125', '1.005', '99.995', '0', '-0.0001', '1E+2', '123', '7.77777', '0.15', '0.25']
for r in ROUNDINGS:
    print(r, [str(D(v).quantize(D('0.01'), rounding=r)) for v in vals])
    print(r, [str(D(v).quantize(D('1E+1'), rounding=r)) for v in vals])
    print(r, [str(D(v).to_integral_value(rounding=r)) for v in vals])
ctx = Context(prec=5, traps=[])
for a, q in [('123.456', '0.01'), ('123.456', '0.0001'), ('1E+10', '1'), ('0', '1E+5'), ('-0', '0.001'), ('Inf', 'Inf'), ('Inf', '1'),
             ('1', 'Inf'), ('NaN', '1'), ('1', 'sNaN'), ('1.5', '1E-999999'), ('1E-999998', '1E-999999'), ('5', '1E+999999'), ('12345.6', '1E+2')]:
    print(a, q, ctx.quantize(D(a), D(q)), [s.__name__ for s, v in ctx.flags.items() if v])
    ctx.clear_flags()
try:
    D('123.456').quantize(D('1E-30'))
except InvalidOperation as e:
    print('InvalidOperation', e)
print(D('1.41421356').quantize(D('1.000')), D('1.5').quantize(D('1'), decimal.ROUND_DOWN), D('7.325').quantize(D('.01'), context=Context(rounding=decimal.ROUND_UP)))
try:
    D(1).quantize(D(1), rounding='bad')
except TypeError as e:
    print('TypeError', e)

for v in vals + ['-123456789.987654321', '0.5', '1.5', '-0.5', '-1.5']:
    d = D(v)
    print(v, round(d), round(d, 2), round(d, -1), round(d, 0), int(d), math.floor(d), math.ceil(d), math.trunc(d), type(round(d)).__name__)
with localcontext(rounding=decimal.ROUND_DOWN):
    print(round(D('2.567'), 2), round(D('2.5')), round(D('-2.567'), 1))
for v in ['NaN', 'sNaN', 'Infinity', '-Infinity']:
    for f in (round, int, math.floor, math.ceil, math.trunc, lambda x: round(x, 2)):
        try:
            print(v, repr(f(D(v))))
        except (ValueError, OverflowError, InvalidOperation) as e:
            print(v, type(e).__name__, e)
try:
    round(D(1), 1.5)
except TypeError as e:
    print('TypeError', e)
try:
    round(D('1E+5'), 30)
except InvalidOperation as e:
    print('InvalidOperation', e)

c = Context(traps=[])
for v in ['2.5', '3.5', '-2.5', '1.0001', '123.000', '1E+3', '-0.4', 'Inf', 'NaN', 'sNaN']:
    print(v, c.to_integral_exact(D(v)), c.to_integral_value(D(v)), c.to_integral(D(v)), [s.__name__ for s, x in c.flags.items() if x])
    c.clear_flags()
for v in ['1.2000', '120.00', '0.000', '-0E+5', '1E+2', '100', '1.23E+4', 'NaN', 'Inf', '12000000000000000000000000000000']:
    print(v, D(v).normalize(), Context(prec=3).normalize(D(v)) if v != 'NaN' else '', Context(prec=5, Emax=6, clamp=1, traps=[]).normalize(D(v)))
print(D('1.50').same_quantum(D('2.00')), D('1.5').same_quantum(D('1.50')), D('Inf').same_quantum(D('-Inf')), D('NaN').same_quantum(D('sNaN')), D('NaN').same_quantum(1))
print(D('123.45').adjusted(), D('0.001').adjusted(), D('1E+10').adjusted(), D('0').adjusted(), D('Inf').adjusted(), D('NaN').adjusted())
print(D('1.5').scaleb(3), D('1.5').scaleb(-3), D('Inf').scaleb(2), c.scaleb(D(1), D('1.5')), c.scaleb(D(1), D('1E+5')), D('7').scaleb(D('-2')))
print(D('123.456').logb(), D('0.001').logb(), D('Inf').logb(), c.logb(D(0)), [s.__name__ for s, x in c.flags.items() if x])
