# Decimal construction: strings (syntax, underscores, whitespace, specials
# with payloads), ints, floats (exact), tuples, Decimals, and the errors.
from decimal import Decimal, getcontext, InvalidOperation, ConversionSyntax, Context, FloatOperation
import decimal

strings = ['0', '-0', '+0.000', '1', '-1.50', '123.456e7', '1E+5', '1e-7', '.5', '5.', '+.5e-3',
           '00012.3400', '1_000_000', '1__0', '_1', '1_', '1_.5', '1._5', 'N_aN', ' 12 ', '\t-3.5\n',
           '\u0661\u0662\u0663', 'NaN', '-nan', 'nan123', 'NAN0012', 'sNaN', '-sNaN45', 'Inf', '-infinity',
           'INFINITY', '+Infinity', '1e1_0', '9' * 60, '0.' + '0' * 40 + '1', '1E+999999', '1e-1000026',
           '123456789012345678901234567890.123456789', '-0E-7', '0e+12']
for s in strings:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple())

bad = ['', ' ', 'abc', '1e', '.e1', '.', '1.2.3', 'e5', '1e+', '--1', '+-1', 'infinit', 'nan1.2',
       'snan-1', '1 2', '0x10', '1,000', 'in f', '1e1.5', '\u00bd', '1E+999999999999999999999']
for s in bad:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e.args, isinstance(e, ConversionSyntax))

ctx = Context(traps=[])
for s in ['abc', '1e', 'nan', '1E+999999999999999999999']:
    print(repr(s), repr(Decimal(s, ctx)), ctx.flags[InvalidOperation])
    ctx.clear_flags()

for n in [0, 1, -1, 10 ** 30, -(2 ** 100), True, False]:
    print(n, repr(Decimal(n)))

for f in [0.1, -0.0, 0.5, 1e300, 5e-324, float('inf'), float('-inf'), 1.0, 123.456, -2.5e-10]:
    print(f, repr(Decimal(f)), repr(Decimal.from_float(f)))
print(repr(Decimal(float('nan'))), repr(Decimal(float('-nan'))), repr(Decimal.from_float(3)))

for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (1, (4, 5), 'F'), (0, (), 'n'), (1, (1, 2), 'N'),
          (0, (0, 0, 1), 5), [0, [7], 2], (0, (1,), -1000000)]:
    print(t, repr(Decimal(t)))
for t in [(2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, 5, 1), (0, (1,)), ('0', (1,), 1)]:
    try:
        print(repr(Decimal(t)))
    except (ValueError, TypeError) as e:
        print(t, type(e).__name__, e)

d = Decimal('3.14')
print(repr(Decimal(d)), Decimal(d) == d, repr(Decimal()), repr(Decimal(value='7')))
for v in [1j, None, [1, 2], b'1', object]:
    try:
        Decimal(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

getcontext().clear_flags()
Decimal(1.5)
print('float flag', getcontext().flags[FloatOperation])
getcontext().clear_flags()
Decimal.from_float(1.5)
print('from_float flag', getcontext().flags[FloatOperation])
getcontext().traps[FloatOperation] = True
try:
    Decimal(2.5)
except FloatOperation as e:
    print('trapped', type(e).__name__, e, isinstance(e, TypeError))
print(repr(Decimal.from_float(2.5)))
getcontext().traps[FloatOperation] = False

class MyDecimal(Decimal):
    pass
m = MyDecimal('1.5')
print(type(m).__name__, repr(m), type(MyDecimal.from_float(0.25)).__name__, repr(MyDecimal.from_float(0.25)))
print(type(m + 1) is Decimal, isinstance(m, Decimal))
try:
    Decimal.from_float('1.5')
except TypeError as e:
    print('TypeError', e)
