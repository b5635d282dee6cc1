# printf-style conversions of floats through the % operator.
vals = [0.0, -0.0, 1.5, -2.5, 0.125, 1e16, 1e-5, 123.456, 2.675, 1e300, 5e-324, float("inf"), float("nan"), 1 / 3]
for v in vals:
    print("%f|%.2f|%e|%.3E|%g|%.3G|%10.4f|%-10.2e|%+.1f|% .2f|%#.0f|%#g|%r|%s" % ((v,) * 14))
print("%.100f" % 0.1)
print("%.30g" % (2 / 3))
print("%5.1f%%" % 99.44, "%d %i" % (3.99, -3.99), "%x" % 255)
