from fractions import Fraction

good = ["3", "-35/4", "3.1415", "-47e-2", "  1/2  ", "+7", "1_000", "1_000/3_0", ".5", "5.", "1e3", "1E3",
        "2.5e+2", "1.5E-1", "0.000", "-0", "\t12\n", "1_2.3_4e1_0", "\u0661\u0662", "007/014", "1.e2", "-.5e1"]
for s in good:
    print(repr(s), repr(Fraction(s)))
bad = ["", " ", "1/", "/2", "1/-2", "1 / 2", "1.5/2", "abc", "1e", "1_", "_1", "1__0", ".", "e5", "1/2.0",
       "1.2.3", "--1", "+-1", "1 2", "0x10", "nan", "inf", "1/0"]
for s in bad:
    try:
        print(repr(s), repr(Fraction(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
    except ZeroDivisionError as e:
        print(repr(s), "ZeroDivisionError", e)
for s in ["1.d", "2.D", "3.dd"]:
    try:
        print(repr(s), repr(Fraction(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
