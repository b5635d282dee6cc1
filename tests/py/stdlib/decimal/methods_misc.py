# The remaining Decimal/Context methods: predicates, number_class, copy_*,
# fma, next_*, logical_*, rotate/shift, and small-exponent contexts
# (subnormals, clamping, overflow to the largest number).
import decimal
from decimal import Decimal as D, Context


def flags(ctx):
    out = ','.join(s.__name__ for s, v in ctx.flags.items() if v)
    ctx.clear_flags()
    return out


small = Context(prec=5, Emin=-10, Emax=10, traps=[])
vals = ['0', '-0', '1', '-2.5', '1E-10', '1E-11', '1.2345E-12', '-1E-14', '9.9999E+10', 'Infinity', '-Infinity', 'NaN', '-sNaN7', '0E-20', '12345']
for v in vals:
    d = D(v)
    print(v, d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_zero(),
          d.is_normal(small), d.is_subnormal(small), d.number_class(small), d.number_class(), d.is_canonical(),
          small.is_normal(d), small.number_class(d), d.canonical(), d.radix(), d.as_tuple())
    print('   ', d.copy_abs(), d.copy_negate(), d.copy_sign(D('-1')), d.copy_sign(1), small.copy_sign(d, D('-0')), small.copy_decimal(d), d.adjusted())
    if not d.is_snan():
        print('   ', small.next_plus(d), small.next_minus(d), small.next_toward(d, D(0)), small.next_toward(d, D(1)), small.next_toward(d, d), flags(small))
    print('   ', small.plus(d), small.abs(d), small.minus(d), flags(small))
for v in ['1', '-1', '1.00', '0', '9.9999E+10', '-9.9999E+10', '1E-14', '-1E-14', '123.456']:
    print(v, D(v).next_plus(), D(v).next_minus(), D(v).next_toward(5), D(v).next_toward(-5))

for a, b, c in [('2', '3', '4'), ('1E+3', '1E-3', '-1'), ('0.1', '0.1', '-0.01'), ('Infinity', '0', '1'), ('NaN', '1', 'sNaN'),
                ('1', '1', 'sNaN'), ('-1', '0', '0'), ('1.23456789', '9.87654321', '0.000000001')]:
    print(a, b, c, small.fma(D(a), D(b), D(c)), D(a).fma(D(b), D(c), small), flags(small))

ctx = Context(prec=9, traps=[])
for a, b in [('1100', '1010'), ('1', '0'), ('111111111', '1'), ('0', '0'), ('1101', '11'), ('12', '1'), ('-1', '1'), ('1E+1', '1'), ('1111111111', '1')]:
    A, B = D(a), D(b)
    print(a, b, ctx.logical_and(A, B), ctx.logical_or(A, B), ctx.logical_xor(A, B), ctx.logical_invert(A), flags(ctx))
print(D('1010').logical_and(D('0110')), D('1010').logical_or(11), D(0).logical_invert(), D('101').logical_xor(D('1')))
for a, n in [('123456789', '2'), ('123456789', '-2'), ('123', '3'), ('123456789', '9'), ('123456789', '10'), ('123456789', '0'),
             ('1.23', '1'), ('Infinity', '2'), ('NaN', '1'), ('5', '1.5'), ('12345678912345', '3'), ('-123', '-1')]:
    A, N = D(a), D(n)
    print(a, n, ctx.rotate(A, N), ctx.shift(A, N), flags(ctx))
print(D(12345).rotate(2), D(12345).shift(-2), D(12345).scaleb(-2))

# tiny and clamped contexts
for clamp in (0, 1):
    c = Context(prec=3, Emin=-5, Emax=5, clamp=clamp, traps=[])
    for v in ['1E+5', '1E+6', '123E+3', '1.23E+5', '1E-5', '1E-6', '1E-7', '1E-8', '0E+10', '0E-10', '9.995E+5', '-9.999E+5', '0.00012345', '-5E-8', '5E-8', '5.1E-8']:
        print(clamp, v, c.plus(D(v)), flags(c))
    for rounding in [decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP]:
        c.rounding = rounding
        print(clamp, rounding, c.multiply(D('9E+5'), 10), c.multiply(D('-9E+5'), 10), c.divide(D('1E-7'), 3), c.divide(D('-1E-7'), 3), flags(c))
print(Context(prec=3, Emax=5, Emin=-5).Etiny(), Context(prec=3, Emax=5, Emin=-5).Etop())
print(ctx.to_sci_string(D('1E+5')), ctx.to_eng_string(D('1E+5')), ctx.copy_abs(D('-2')), ctx.copy_negate(D(3)), ctx.is_zero(D(0)), ctx.is_signed(D(-1)),
      ctx.is_nan(D('NaN')), ctx.is_snan(D('sNaN')), ctx.is_qnan(D('NaN')), ctx.is_infinite(D('Inf')), ctx.is_finite(1), ctx.is_canonical(D(1)),
      ctx.same_quantum(D('1.0'), D('2.0')), ctx.canonical(D('1.5')), ctx.compare_total(1, 2), ctx.compare_total_mag(-3, 2), ctx.is_subnormal(D('1E-999999999')))
for name in ['abs', 'add', 'divide', 'exp', 'ln', 'log10', 'logb', 'sqrt', 'power', 'quantize', 'remainder', 'plus', 'minus',
             'multiply', 'subtract', 'divide_int', 'divmod', 'max', 'min', 'normalize', 'to_integral_exact', 'scaleb']:
    print(name, hasattr(Context, name))
print(ctx.add(1, 2), ctx.subtract(1, D('0.1')), ctx.multiply(3, 4), ctx.divide(1, 8), ctx.divide_int(17, 5), ctx.remainder(17, 5), ctx.divmod(17, 5),
      ctx.power(2, 10), ctx.power(2, 10, 1000), ctx.sqrt(16), ctx.exp(0), ctx.ln(1), ctx.log10(1000), ctx.logb(1000), ctx.scaleb(1, 3), ctx.quantize(D('1.234'), D('0.1')),
      ctx.normalize(D('1.200')), ctx.to_integral_exact(D('2.5')), ctx.remainder_near(10, 3), ctx.max(1, 2), ctx.min_mag(-1, 2), ctx.abs(-5), ctx.minus(5), ctx.plus(D('-0')))
