import math

for x in [0.0, -0.0, 1e-10, 0.5, 1.0, -1.0, 2.0, 10.0, -10.0, 100.0, 700.0, -700.0, -745.0, -746.0]:
    print(repr(x), repr(math.exp(x)), repr(math.expm1(x)), repr(math.exp2(x)))
for x in [1.0, 2.0, 10.0, 0.5, 1e-300, 5e-324, 1e300, 123.456, 2.718281828459045, 1024.0, 3.0]:
    print(repr(x), repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log1p(x)))
print(math.log(100, 10), math.log(8, 2), math.log(2, 8), math.log(1000, 10), math.log(0.5, 0.25))
print(math.log(2 ** 1000), math.log(10 ** 500), math.log2(2 ** 5000), math.log10(10 ** 400), math.log(10 ** 500, 10))
print(math.log(7 ** 800, 7), math.log10(2 ** 2000 + 1), math.log1p(-0.5), math.log1p(-0.0), math.log1p(1e-300))
print(math.exp(math.inf), math.exp(-math.inf), math.log(math.inf), math.expm1(-math.inf), math.exp2(-math.inf))
for f, arg in [(math.exp, 710), (math.exp2, 1024), (math.expm1, 710), (math.log, 0), (math.log, -1.0),
               (math.log2, -0.0), (math.log10, -(10 ** 400)), (math.log1p, -1), (math.log1p, -2), (math.log, -math.inf)]:
    try:
        print(f(arg))
    except (ValueError, OverflowError) as e:
        print(arg, type(e).__name__, e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(math.log(True, 2.0), math.log(1, 10), math.log2(1), math.log10(1))
