# Constant folding of ** gives what the runtime computes (correctly rounded pow, as C's pow):
# JS's ** is sometimes an ulp off (found by the differential fuzzer).
print(255 ** -2, 7 ** -2, 3 ** -5, 10 ** -7, 12345 ** -3)
print(0.5 ** -0.5, 2 ** -0.5, 2.0 ** -0.5, 10.0 ** 0.3, 1.1 ** 123.4)
print((-7) ** -3, (-2.5) ** 3, (-2.5) ** -3, (-1.0) ** 5, (-1) ** -4)
print(1e10 ** 30, 3.0 ** 0.5, 5.0 ** (1 / 3))
x, y = 255, -2
print(x ** y == 255 ** -2, 0.5 ** -0.5 == pow(0.5, -0.5))
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
