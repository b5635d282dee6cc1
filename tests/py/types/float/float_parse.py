# float(str): decimal literals, underscores, inf/nan spellings, whitespace and errors.
good = ["1", "-1.5", "+.5", "5.", "1e10", "1E-10", "1_000.5", "1e1_0", "  3.25\n", "inf", "-Infinity", "nAn", "+inf",
        "-nan", "1e400", "-1e-400", "0.1", "123456789012345678901234567890", "1.7976931348623157e308",
        "2.4703282292062328e-324", "2.4703282292062327e-324", "\t-0.0 "]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "1_", "_1", "1__0", "1_.5", "1._5", "1e", "1e+", ".", "0x10", "1.2.3", "infinity_", "nan1", "1 2",
       "1j", "x" * 300, "in f"]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print(e)
print(float(b"1.5"), float(bytearray(b" 2 ")), float(), float(True), float(10**20), float(-7))
for bad in [b"x", bytearray(b"y"), [], None]:
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(e)
try:
    float(1, 2)
except TypeError as e:
    print(e)
try:
    float(x=1)
except TypeError as e:
    print(e)
