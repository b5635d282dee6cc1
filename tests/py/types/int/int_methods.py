# int's methods and attributes.
for v in (0, 1, -1, 5, -37, 255, 2**31, 2**53 + 1, -(2**100), True):
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator,
          v.denominator, v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__getnewargs__(), v.__index__(),
          v.__int__(), v.__float__(), v.__abs__(), v.__neg__())
print(type(True.real), type(True.numerator), type(True.__trunc__()), type((5).conjugate()))
print(int.__doc__.splitlines()[0])
print(sorted(n for n in dir(int) if not n.startswith("__")))
print((255).__format__("x"), int.__sizeof__(7), (7).__sizeof__())
