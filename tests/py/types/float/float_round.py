# round() on floats: correctly rounded, ties to even on the exact binary value.
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e300,
        1.7976931348623157e308, 5e-324, 1e-320, 0.0, -0.0, 123456789.123456789, 1e16 + 2, 7.0]
for v in vals:
    print(v, round(v), [round(v, n) for n in (0, 1, 2, 3, -1, -2, 10, 17, 300, -300, 400, -400)])
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, None), round(-0.0), round(-0.4))
for v, n in [(float("inf"), None), (float("nan"), None), (float("inf"), 2), (float("nan"), 2), (1.7976931348623157e308, -308)]:
    try:
        print(round(v) if n is None else round(v, n))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(1.5, 2**70), round(1.5, -2**70), round(-1.5, -2**70))
