# format() edge cases: bool/None/containers, z and = alignment, c range, f-string =
# specifiers, date/Decimal/Fraction/Enum __format__.
for v, s in [(True, 'd'), (True, '>6'), (True, ''), (None, ''), (None, '>5'), (b'ab', ''), ([1], ''), ((1,), '>8'), (range(3), ''), (1+0j, '>10'), (1.5, 'n'), (10**20, 'e'), (10**20, ',.2f'), (-0.0, '+.1f'), (0.0, 'z.1f'), (-0.04, 'z.1f'), (float('nan'), '+'), (float('-inf'), '010'), (12345.6789, '_.2f'), (255, '#_b'), (255, '_o'), (3, '%'), (0.5, '.0%'), (1e-10, 'g'), (123456789, 'g'), (1.0, 'g'), (100.0, '.3g'), (1e16, ''), (1e16, 'f'), (2**63, 'x'), (-2**63, '#X'), ('x', '=5'), (3, '=^5'), (3.0, '=+8.2f'), (-5, ' d'), (5, ' d'), (7, 'c'), (1114112, 'c'), (3.5, 'd'), ('s', 'd'), (1, 's'), (1, ',x'), (1.5, '#'), (10, '#.3g'), (12, '+#o')]:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
print(f"{'abc':*^{9}}", f"{3.14159:{'.'}{3}}", f"{{}}", f"{'a'!r:>5}", f"{1=}", f"{1 + 1 = }", f"{'x'=!s:>4}", f"{3.0=:.2f}")
import datetime, decimal, fractions, enum
class C(enum.Enum):
    A = 1
for v, s in [(datetime.date(2024, 1, 2), ''), (datetime.date(2024, 1, 2), '>12'), (decimal.Decimal('1.5'), '08.3f'), (decimal.Decimal('1234'), ','), (fractions.Fraction(1, 3), ''), (C.A, ''), (C.A, '>5')]:
    try: print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e: print(repr(v), repr(s), type(e).__name__, e)
try: fractions.Fraction(1, 3).__format__('.2f')
except Exception as e: print(type(e).__name__, e)
