import math

for x in [0.0, -0.0, 1e-20, 0.1, 0.5, 1.0, -1.0, 2.0, 5.0, -10.0, 20.0, 22.5, 100.0, 709.0, -710.0]:
    print(repr(x), repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)))
for x in [0.0, -0.0, 0.5, 1.0, -2.0, 10.0, 1e10, -1e300]:
    print(repr(x), repr(math.asinh(x)))
for x in [1.0, 1.5, 2.0, 10.0, 1e6, 1e300]:
    print(repr(x), repr(math.acosh(x)))
for x in [-0.999, -0.5, -0.0, 0.0, 0.25, 0.5, 0.9, 0.999999]:
    print(repr(x), repr(math.atanh(x)))

for f, arg in [(math.sinh, 1000), (math.cosh, -1000), (math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1.5)]:
    try:
        print(f(arg))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.tanh(math.inf), math.tanh(-math.inf), math.sinh(-math.inf), math.cosh(-math.inf))
print(math.asinh(math.inf), math.acosh(math.inf))
