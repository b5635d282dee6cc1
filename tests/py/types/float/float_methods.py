# float's methods and attributes.
for v in (0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 3.0, 2.0**60, -7.25):
    print(v, v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.__trunc__(), v.__floor__(),
          v.__ceil__(), v.__round__(), v.__getnewargs__(), v.__int__(), v.__float__(), v.__abs__(), v.__neg__(),
          v.__pos__(), v.__bool__())
for v in (float("inf"), float("nan")):
    print(v.is_integer(), v.hex())
    for m in ("as_integer_ratio", "__trunc__", "__floor__", "__ceil__", "__round__"):
        try:
            getattr(v, m)()
        except (OverflowError, ValueError) as e:
            print(m, type(e).__name__, e)
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("x")
except ValueError as e:
    print(e)
print(sorted(n for n in dir(float) if not n.startswith("__")))
print((2.5).__divmod__(1), (2.5).__rdivmod__(7), (2.0).__rpow__(3), (1.5).__rsub__(1), (1.5).__radd__(True))
print((1.5).__eq__(1), (1.5).__lt__("a") is NotImplemented, (1.0).__add__("a") is NotImplemented, float.__mul__(2.0, 3))
