# ** and pow(): integer and fractional exponents at several precisions and
# roundings, the special cases, three-argument pow.
import decimal
from decimal import Decimal as D, Context, localcontext


def flags(ctx):
    out = ','.join(s.__name__ for s, v in ctx.flags.items() if v)
    ctx.clear_flags()
    return out


pairs = [('2', '10'), ('2', '-10'), ('2', '0.5'), ('2', '-0.5'), ('10', '0.3'), ('1.5', '2.5'), ('0.5', '100'),
         ('3', '1E+2'), ('7', '-3'), ('1.1', '1000'), ('9', '0.5'), ('4', '0.5'), ('8', '0.333'), ('100', '-0.25'),
         ('2.0', '3'), ('1.0', '-2'), ('0.1', '-5'), ('-2', '3'), ('-2', '-3'), ('-1.5', '4'), ('1.000001', '1E+6'),
         ('123.456', '7.89'), ('0.987', '-45.6'), ('5', '1.5E+3'), ('1E+10', '0.1'), ('2', '1E+5'), ('10', '-7')]
for prec in (1, 4, 9, 28, 50):
    ctx = Context(prec=prec, traps=[])
    for x, y in pairs:
        print(prec, x, y, ctx.power(D(x), D(y)), flags(ctx))

for r in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP, decimal.ROUND_05UP]:
    ctx = Context(prec=10, rounding=r, traps=[])
    print(r, [str(ctx.power(D(x), D(y))) for x, y in pairs[:12]])

ctx = Context(traps=[])
specials = ['0', '-0', '1', '-1', '2', '-2', '0.5', 'Infinity', '-Infinity', 'NaN', 'sNaN', '3', '-3', '0.5']
exps = ['0', '-0', '1', '2', '3', '-1', '-2', '0.5', '-0.5', 'Infinity', '-Infinity', 'NaN']
for x in specials:
    print(x, [str(ctx.power(D(x), D(y))) + ('!' if flags(ctx) else '') for y in exps])

with localcontext(prec=12):
    print(D(2) ** 3, D(2) ** -3, 2 ** D(3), D('1.5') ** 2, D(4) ** D('0.5'), D('2') ** D('0.5'), D(10) ** -2, D('1.0') ** -2)
    print(pow(D(3), 4, 5), pow(D(-3), 3, 5), pow(D(3), 3, -5), pow(D(12345), 6789, 1000007), pow(3, D(4), 5) if False else '', pow(D(2), D(100), D(97)))
    for args in [(3, -4, 5), (3.5, 4, 5), (3, 4, 0), (0, 0, 5), (3, 4, 10 ** 20), ('NaN', 1, 5), (1, 'sNaN', 5)]:
        try:
            print(args, pow(D(args[0]), D(args[1]), D(args[2])))
        except decimal.InvalidOperation as e:
            print(args, 'InvalidOperation', e)
    print(Context(prec=5).power(7, 3, 10), Context().power(D(2), 10))
for expr in ["D(0) ** 0", "D(0) ** -1", "D(-2) ** D('0.5')", "D(10) ** 1000000", "D('1E-999999') ** 2", "D('-Infinity') ** D('0.5')"]:
    try:
        print(expr, repr(eval(expr)))
    except decimal.DecimalException as e:
        print(expr, type(e).__name__, e)
with localcontext(prec=200):
    print(D(2) ** D('0.5'))
    print(D(3) ** 300)
    print(D('1.0001') ** 12345)
