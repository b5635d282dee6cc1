# str/repr/to_eng_string and format() with the Decimal format-spec language.
from decimal import Decimal, getcontext, localcontext, ROUND_DOWN, ROUND_HALF_UP, Context

values = ['0', '-0', '1', '-1.5', '123.456', '1234567.891', '0.000001', '0.0000001', '1E+5', '1.23E+5',
          '-1.2E-7', '123E-10', '1000', '1E+3', '0E+4', '0E-9', '5E-1000', '9.999', '0.5', '2.5',
          '-0.0001', '1234.5678', 'Infinity', '-Infinity', 'NaN', '-NaN12', 'sNaN3', '12345678901234567890.123']
for v in values:
    d = Decimal(v)
    print(v, str(d), repr(d), d.to_eng_string())

with localcontext(capitals=0):
    print(str(Decimal('1E+5')), repr(Decimal('1.5e-9')), Decimal('1E+5').to_eng_string())
print(Context(capitals=0).to_sci_string(Decimal('1E+10')), Context().to_eng_string(Decimal('12E+4')))

specs = ['', 'f', 'F', '.2f', '.0f', '10.3f', '<10.3f', '>12', '^12', '=+12.2f', '*^15,.2f', '+', ' ', '-',
         'e', 'E', '.3e', '.0e', '+.3e', 'g', 'G', '.3g', '.10g', '.0g', '.1G', '%', '.1%', ',.3%',
         ',', ',.2f', '015,.2f', '010,', '08.3', '012', '0', '.3', '.0', 'n', '.2n', 'z.1f', 'z', '+z.2f',
         '_<20', '0<10', 'x>10.1f', '\u00e9^9']
nums = ['1234.5678', '-0.0001', '0', '-0', '0E+5', '1E+10', '9.999', '-12345678.5', '0.00000012', 'Infinity', '-NaN']
for spec in specs:
    out = []
    for v in nums:
        try:
            out.append(format(Decimal(v), spec))
        except ValueError as e:
            out.append('ValueError:' + str(e))
    print(repr(spec), out)

for spec in ['#', '#.2f', '<05', '_', ',_', '.', '.f', 'q', '10_.2f', '5.2.1f', ',n', 'z0.2f', '+-f']:
    try:
        print(spec, format(Decimal('1.5'), spec))
    except ValueError as e:
        print(spec, 'ValueError', e)

# the context's rounding is used by format
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal('2.789'), '.2f'), format(Decimal('-2.789'), '.1e'), format(Decimal('99.99'), '.3g'))
with localcontext(rounding=ROUND_HALF_UP):
    print(format(Decimal('2.5'), '.0f'), format(Decimal('0.125'), '.2f'))
print(format(Decimal('2.5'), '.0f'), format(Decimal('0.125'), '.2f'), format(Decimal('9.995'), '.2f'))
print('{:>10} {:,.2f} {:.3%} {}'.format(Decimal('1.5'), Decimal('1234567.125'), Decimal('0.12345'), Decimal('7.00')))
print(f"{Decimal('3.14159'):.2f} {Decimal('-1E-20'):e} {Decimal('123456'):,}")
