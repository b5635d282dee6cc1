# format() with every spec on ints, big ints, floats, inf/nan, bools, complex; %-formatting;
# float repr/hex, round half even, divmod of negatives, pow with modulus, int.to_bytes.
import math
vals = [0, 1, -1, 255, 10**20, -10**20, 3.14159, -0.0, 1e-7, 1e16, 123456789.123, float('inf'), float('nan'), True, 2+3j, -1.5-0j]
specs = ['', '>10', '<10', '^10', '=+10', '+', ' ', '#x', '#o', '#b', 'x', 'X', 'o', 'b', 'c', 'd', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', ',', '_', '010', '.3', '.3e', '.0f', '#.0f', ',.2f', '_x', '08.3f', '*^12,', '.2%', '#g', '.10g', 'z.1f', '-', '#10.4g', '_b', ',d', '.3s', 'r']
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(repr(v), repr(s), repr(r))
for s in ['', '>10', '^9', '.2', 's', 'd', '*<7']:
    try:
        print(repr(format('héllo', s)))
    except Exception as e:
        print(type(e).__name__, e)
print(f"{12345678:,}", f"{0.000012345:.3g}", f"{1234.5:_.2f}", f"{-42:+05d}", f"{42:=^+9}")
print("%5.2f|%-8s|%+d|%x|%o|%e|%g|%r|%c|%%" % (3.14159, 'ab', 5, 255, 8, 12345.678, 0.0001, 'q', 65))
print("%(a)s-%(b)05.1f" % {'a': 'x', 'b': 2.25})
print("%#x %#o %#X %.3s %5c %-5c|" % (255, 8, 255, 'abcdef', 'z', 'y'))
for x in [0.1, 0.2+0.1, 1/3, 1e22, 1e-5, 123456789012345678.0, 2.5e-310, 5e-324, 1.7976931348623157e308, 100.0, 1e16, 12345678901234567.0]:
    print(repr(x), str(x), x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio() if x < 1e300 else '')
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375]:
    print(round(x), round(x, 2), round(x, 1), round(-x, 0))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(-7.5, 2), divmod(7, 2.5), -7 // 2, -7 % 2, 7 % -3, -7.0 % 3)
print(pow(3, 200, 1000), pow(2, -1, 7), pow(-2, 3, 5), pow(3, 0, 1), pow(10, -2))
try: pow(2, -1, 4)
except ValueError as e: print(e)
print((1024).to_bytes(4, 'big'), (-1).to_bytes(2, 'little', signed=True), int.from_bytes(b'\xff\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
try: (256).to_bytes(1, 'big')
except OverflowError as e: print(e)
print((255).bit_length(), (-255).bit_length(), (255).bit_count(), (12).as_integer_ratio())
big = 2**200 + 12345
print(big, hex(big), oct(big)[:20], bin(big)[:20], big % 97, big // 3**50, -big // 7, str(-big)[-5:])
print(int('0x1f', 16), int('0b101', 0), int(' 42 '), int('1_000'), int('zz', 36), int(3.99), int(-3.99), int('-0o17', 0))
for bad in ['', '1.5', '0x', '1__0', 'abc']:
    try: int(bad)
    except ValueError as e: print(e)
print(float('  1e3 '), float('-inf'), float('nan'), float('1_000.5'), float('.5'), float('5.'))
try: float('x1')
except ValueError as e: print(e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isclose(0.1+0.2, 0.3), math.fsum([0.1]*10), sum([0.1]*10))
print(math.comb(50, 25), math.perm(10, 3), math.factorial(25), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(10**30))
print(math.prod([1,2,3,4]), math.dist((0,0),(3,4)), math.hypot(3,4,12), math.copysign(1,-0.0), math.log(1024,2), math.log2(8), math.log10(1000), math.exp(1))
print(1e308*10, -1e308*10, 10**300 * 1.0)
try: 10**400 * 1.0
except OverflowError as e: print(e)
try: 1/0
except ZeroDivisionError as e: print(e)
try: 1.0/0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: divmod(1.0, 0)
except ZeroDivisionError as e: print(e)
print(complex('1+2j'), complex(1, -0.0), abs(3+4j), (1+2j)**2, (1+2j)/(3-4j), repr(complex(0, 1)), repr(complex(-0.0, -1)))
print(0.1+0.2, 1e100, 1.0e-100, 3.0, -0.0, 2**0.5, 10/3, 1e15+0.3, 9007199254740993, float(9007199254740993))
print(int(1e20), int(-1e19), 7.0 // 2, -7.0 // 2, 7.5 % 2, 2 ** -1, (-8) ** (1/3))
print(sorted([3, 1.5, True, -2]), max('abc', 'abd'), min([], default='empty'), max(1, 2, key=lambda x: -x))
print(hash(1), hash(1.0), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(0.5), hash(float('inf')), hash(()), hash((1, 2)))
