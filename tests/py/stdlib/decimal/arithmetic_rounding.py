# + - * / // % divmod ** and unary ops under every rounding mode and several
# precisions, with the flags each operation raises.
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext

ROUNDINGS = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]


def flags(ctx):
    return ','.join(s.__name__ for s, v in ctx.flags.items() if v)


values = [D(v) for v in ['1', '-1', '0', '-0', '2.5', '-2.5', '3.14159', '7', '-7', '0.1', '1E+3', '12345.6789',
                          '-0.00045', '1.05', '1.15', '-1.25', '99.995', '5E-3', '123456789', 'Infinity', '-Infinity', 'NaN']]
for prec in (1, 3, 9):
    for rounding in ROUNDINGS:
        ctx = Context(prec=prec, rounding=rounding, traps=[])
        rows = []
        for i, a in enumerate(values):
            b = values[(i * 7 + 3) % len(values)]
            rows.append('%s|%s|%s|%s' % (ctx.add(a, b), ctx.subtract(a, b), ctx.multiply(a, b), ctx.divide(a, b)))
            rows.append('%s|%s|%s|%s' % (ctx.plus(a), ctx.minus(a), ctx.abs(a), flags(ctx)))
            ctx.clear_flags()
        print(prec, rounding, ' '.join(rows))

# exact halfway and sticky cases for each mode
for rounding in ROUNDINGS:
    ctx = Context(prec=2, rounding=rounding, traps=[])
    out = [str(ctx.plus(D(v))) for v in ['1.25', '1.35', '-1.25', '-1.35', '1.251', '1.249', '-1.251', '9.96', '1.05', '1.55', '1.0000001', '-1.0000001']]
    print(rounding, out)

# operators use the current context
with localcontext(prec=5):
    a, b = D('10'), D('3')
    print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +b, abs(-b))
    print(D('-7') // 2, D('-7') % 2, divmod(D('-7'), 2), D('7') // -2, D('7') % -2, D('7.5') % 2, D('-7.5') // D('0.5'))
    print(1 + a, 2 - a, 3 * a, 1 / b, 7 // b, 7 % b, divmod(7, b), 2 ** b)
    print(D('1.30') + D('1.20'), D('1.30') * D('1.20'), D('1.00') / D('0.25'), D('5.0') / 2, D(1) / D('0.1'), D('12') / D('4.0'))
    print(D('0.00') + D('1'), D('1E+2') + D('1E-2'), D('1E+20') + D('1'), D('1') - D('1.00'), D('-0') + D('0'), D('-0') - D('0'))
with localcontext(prec=28):
    print(D(1) / 7, D(2) / 3, D(-1) / 3, D(10) ** 20, D(2) ** 100, D('1.1') ** 10, D(3) ** -2, D('0.5') ** -3)
    print(D('1e-30') + 1, 1 - D('1e-30'), D('123456789012345678901234567890') + 0, D('1E+999999') * 9)
    print(D('1E+50') + D('1E-50'), D('1E+50') - D('1E-50'), D('1E-50') - D('1E+50'))

# the same with signals trapped
for expr in ['D(1) / 0', 'D(0) / 0', 'D(1) // 0', 'D(0) // 0', 'D(1) % 0', 'D(0) % 0', 'divmod(D(1), 0)',
             "D('Infinity') - D('Infinity')", "D('Infinity') * 0", "D('Infinity') / D('Infinity')",
             "D('sNaN') + 1", "D('NaN') + 1", "D('1E+999999') * 10", "D('1E+30') // D('1E-30')",
             "D('1E+30') % D('7')", "D('Infinity') % 1", "D(5) % D('Infinity')", "D(5) // D('-Infinity')"]:
    getcontext().clear_flags()
    try:
        r = eval(expr)
        print(expr, '=', repr(r), flags(getcontext()))
    except decimal.DecimalException as e:
        print(expr, 'raises', type(e).__name__, e, flags(getcontext()))
getcontext().clear_flags()

c = Context(traps=[])
for a, b in [('1', '0'), ('0', '0'), ('-1', '0'), ('Inf', 'Inf'), ('Inf', '3'), ('3', 'Inf'), ('1E+40', '3'), ('sNaN5', '1'), ('NaN7', 'sNaN8')]:
    print(a, b, c.divide(D(a), D(b)), c.divide_int(D(a), D(b)), c.remainder(D(a), D(b)), c.divmod(D(a), D(b)), flags(c))
    c.clear_flags()
print(D(7).remainder_near(3), D(8).remainder_near(3), D(-8).remainder_near(3), D('10').remainder_near(D('6')), D('3.5').remainder_near(1),
      D('2.5').remainder_near(1), D('1E+28').remainder_near(D('7.1')) if False else '')
for a, b in [('1', '0'), ('0', '0'), ('Inf', '1'), ('1', 'Inf'), ('1E+40', '3')]:
    print(c.remainder_near(D(a), D(b)), flags(c))
    c.clear_flags()
