import math

for x in [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1024.0, 0.1, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, math.inf, -math.inf, 7, True]:
    print(repr(x), math.frexp(x))
print(math.frexp(math.nan))
for m, e in [(0.5, 1), (0.625, 4), (1.0, -1074), (1.0, -1075), (1.0, 1023), (0.75, -1073), (-0.5, 10), (1.5, -1080), (3.0, 0)]:
    print(m, e, repr(math.ldexp(m, e)))
print(math.ldexp(1, True), math.ldexp(0.0, 10 ** 30), math.ldexp(math.inf, -5), math.ldexp(2.0, -(10 ** 30)))
for args in [(1.0, 1024), (1.0, 10 ** 30), (-1.0, 5000)]:
    try:
        print(math.ldexp(*args))
    except OverflowError as e:
        print("OverflowError", e)
try:
    math.ldexp(1.0, 2.0)
except TypeError as e:
    print("TypeError", e)
for x in [3.25, -3.25, 0.0, -0.0, 5.0, -5.0, 1e300, 0.1, math.inf, -math.inf, 2]:
    print(repr(x), math.modf(x))
print(math.modf(math.nan))
x = 123.456
m, e = math.frexp(x)
print(math.ldexp(m, e) == x)
