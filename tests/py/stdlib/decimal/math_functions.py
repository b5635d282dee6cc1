# sqrt, exp, ln, log10 correctly rounded at many precisions and roundings,
# with their flags and special values.
import decimal
from decimal import Decimal as D, Context

ROUNDINGS = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]


def flags(ctx):
    out = ','.join(s.__name__ for s, v in ctx.flags.items() if v)
    ctx.clear_flags()
    return out


args = ['2', '3', '0.5', '10', '100', '0.01', '1.0000001', '0.9999999', '123456.789', '1E-20', '7E+15',
        '2.718281828459045', '0.1', '50', '-3.5', '1E+5', '99', '0.999']
for prec in (1, 2, 3, 5, 9, 16, 28, 40, 75):
    ctx = Context(prec=prec, traps=[])
    for a in args:
        x = D(a)
        print(prec, a, ctx.sqrt(x), ctx.exp(x), ctx.ln(x), ctx.log10(x), flags(ctx))

for r in ROUNDINGS:
    ctx = Context(prec=12, rounding=r, traps=[])
    print(r, [str(ctx.exp(D(a))) for a in ['1', '-1', '0.5', '20', '-20', '1E-10']])
    print(r, [str(ctx.ln(D(a))) for a in ['2', '0.5', '10', '1.5', '1E+100', '1.00000000001']])
    print(r, [str(ctx.log10(D(a))) for a in ['2', '0.5', '1000', '3.16', '1E-7', '7']])
    print(r, [str(ctx.sqrt(D(a))) for a in ['2', '0.5', '1E+3', '15241383936', '1.44', '3']])

ctx = Context(traps=[])
for a in ['0', '-0', '1', 'Infinity', '-Infinity', 'NaN', 'sNaN', '-1', '1E+1000000', '-1E-999999', '1E-1000010', '0.00', '100', '1E+7', '1E-7']:
    x = D(a)
    print(a, ctx.sqrt(x), flags(ctx), ctx.exp(x), flags(ctx), ctx.ln(x), flags(ctx), ctx.log10(x), flags(ctx))
for a in ['1000000', '-1000000', '2302587', '-2302587', '2302584', '-2302650']:
    print(a, ctx.exp(D(a)), flags(ctx))

print(D('1.21').sqrt(), D('0.0001').sqrt(), D('4E+2').sqrt(), D('4E+3').sqrt(), D('1.000').sqrt(), D('1E-3').sqrt(), D('0E-3').sqrt(), D('-0E+3').sqrt())
print(D(2).sqrt(Context(prec=60)), D(2).ln(Context(prec=60)), D(10).exp(Context(prec=60)), D(2).log10(Context(prec=60)))
big = Context(prec=300)
print(big.sqrt(D(2)))
print(big.exp(D(1)))
print(big.ln(D(10)))
print(big.log10(D(3)))
