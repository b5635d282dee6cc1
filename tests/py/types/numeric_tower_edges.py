from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation, localcontext
from fractions import Fraction
import math, cmath, sys
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7.5, -2), -7.5 // 2, 7.5 % -2)
print(2 ** -1, (-8) ** (1/3), pow(2, 10, 1000), pow(3, -1, 7), 10 ** 20, 2 ** 0.5, 0 ** 0, 0.0 ** 0)
try: pow(2, -1, 4)
except ValueError as e: print(e)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1 // 0.0
except ZeroDivisionError as e: print(e)
try: 1.0 % 0
except ZeroDivisionError as e: print(e)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
try: 10.0 ** 400
except OverflowError as e: print(e)
try: math.exp(1000)
except OverflowError as e: print(e)
try: math.sqrt(-1)
except ValueError as e: print(e)
try: int("12a")
except ValueError as e: print(e)
try: int("1" * 5000)
except ValueError as e: print(str(e)[:80])
print(int("0x1f", 16), int("0b101", 0), int(" 42 "), int("1_000"), int(-3.9), int("z", 36), float(" 1e3 "), float("-inf"), float("nan"))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (255).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else 0)
print(math.isclose(0.1+0.2, 0.3), math.fsum([0.1]*10), sum([0.1]*10), math.gcd(12, 18, 27), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isqrt(10**20+1), math.log(8, 2), math.log10(1000), math.log2(1024), math.hypot(3, 4), math.dist((0,0),(1,1)))
print(math.prod([1,2,3,4]), math.copysign(1, -0.0), math.fmod(-7, 2), math.remainder(7, 2), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25))
print(1e308 * 10, -1e308 * 10, math.inf - math.inf, math.nan == math.nan, float('nan') is float('nan'))
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.0).hex(), 1.1.hex())
print(hash(1.0) == hash(1), hash(-1), hash(2**61 - 1), hash(2**61), hash(0.5), hash(float('inf')), hash(Fraction(1, 2)), hash(Decimal("0.5")))
c = complex(3, 4)
print(c, abs(c), c.conjugate(), c * 1j, c / (1 - 1j), cmath.sqrt(-1), cmath.phase(-1), complex("1+2j"), 1j ** 2, (1+2j) == complex(1, 2), repr(complex(0, -0.0)), complex(-0.0, 1))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(7, -14), Fraction(1, 3) ** 2, Fraction(1, 3) ** -2, float(Fraction(1, 3)))
print(Fraction(5, 2) // 1, Fraction(5, 2) % 1, round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1234, 100), 1), Fraction(1, 2) < 0.6, Fraction(3, 1) == 3, repr(Fraction(2, 4)))
try: Fraction(1, 0)
except ZeroDivisionError as e: print(e)
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.20"), Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP))
print(Decimal(0.1), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("-0"), Decimal("NaN"), Decimal(10) ** -2, Decimal("2").sqrt(), Decimal(2).ln(), Decimal("100").log10())
print(repr(Decimal("1.50")), str(Decimal("0.000001")), str(Decimal("0.0000001")), Decimal("123.456e10"), sum([Decimal("0.1")] * 10), Decimal(7) % Decimal(-3), Decimal(-7) // Decimal(2))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(3))
try: Decimal("abc")
except InvalidOperation as e: print("invalid", type(e).__name__)
try: Decimal(1) / Decimal(0)
except Exception as e: print(type(e).__name__, e)
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", format(Decimal("1e-10"), "f"), Decimal("1.23").as_tuple(), Decimal(5).compare(Decimal(3)))
print(sys.float_info.max, sys.float_info.epsilon, sys.maxsize, sys.int_info.bits_per_digit, 0.1 + 0.7, 1.1 * 3, 4.35 * 100, 1 - 0.9)
print(True + True, True * 3.5, ~True, -True, True / 2, True & False, 3 & True, isinstance(True, int), bool(-0.0), 5 .__floordiv__(2))
print(max(3, 3.0), min(-0.0, 0.0), max([1, 2], [1, 3]), sorted([3, 1.5, Fraction(1, 2), Decimal("0.7")]))
