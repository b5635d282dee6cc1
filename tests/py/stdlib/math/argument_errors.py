import math

tests = [
    "math.sin(1, 2)", "math.sin()", "math.sin('a')", "math.sin(x=1)", "math.atan2(1)", "math.atan2(1, 2, 3)",
    "math.pow(1)", "math.pow(x=1, y=2)", "math.log()", "math.log(1, 2, 3)", "math.log('a')", "math.log(x=3)",
    "math.fsum()", "math.hypot(x=1)", "math.gcd(x=1)", "math.ulp()", "math.copysign(1)", "math.nextafter(1)",
    "math.dist((1,), (1,), (1,))", "math.comb(5)", "math.sqrt(None)", "math.exp([1])", "math.frexp('a')",
    "math.isqrt(1.0)", "math.factorial('a')", "math.nosuch", "math.floor()", "math.ceil(1, 2)", "math.trunc()",
    "math.sqrt(10 ** 400)", "math.exp(10 ** 400)", "math.isnan(2 ** 2000)",
    "math.isclose(x=1)", "math.isclose(1, x=2)", "math.isclose(1, 2, a=3)", "math.isclose(1, 2, 3, 4, 5)",
    "math.prod(iterable=[1])", "math.prod([1], 2, start=3)", "math.prod([2, 3], start=2)",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)

class Num:
    def __float__(self):
        return 0.25
class BadFloat:
    def __float__(self):
        return "x"
class Big:
    def __index__(self):
        return 2 ** 2000
print(math.sqrt(Num()), math.exp(Num()), math.atan2(Num(), Num()), math.fsum([Num(), Num()]))
for f in (math.sqrt, math.log):
    try:
        f(BadFloat())
    except TypeError as e:
        print("TypeError", e)
try:
    math.sqrt(Big())
except OverflowError as e:
    print("OverflowError", e)
