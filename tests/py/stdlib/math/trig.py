import math

angles = [0.0, -0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2,
          math.pi, 2 * math.pi, -1.25, 10.0, 100.0, 1e5, 12345.678, 1e-8, 3e-300, 1e22, -7.5]
for a in angles:
    print(repr(a), repr(math.sin(a)), repr(math.cos(a)), repr(math.tan(a)))

for k in range(-8, 9):
    x = k * math.pi / 8
    print(k, math.sin(x), math.cos(x))

for bad in [math.inf, -math.inf]:
    for name, f in (("sin", math.sin), ("cos", math.cos), ("tan", math.tan)):
        try:
            f(bad)
        except ValueError as e:
            print(name, bad, "ValueError", e)
print(math.sin(math.nan), math.cos(math.nan), math.tan(math.nan))
print(math.sin(1), math.sin(True), math.cos(2**60))
