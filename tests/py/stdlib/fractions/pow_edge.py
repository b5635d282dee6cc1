from fractions import Fraction as F

for base in [F(2, 3), F(-2, 3), F(0), F(1), F(-1)]:
    for exp in [0, 1, 2, -1, -2, 3, F(1, 2), F(-1, 2), 0.5, 2.0]:
        try:
            r = base ** exp
            print(repr(base), repr(exp), repr(r))
        except Exception as e:
            print(repr(base), repr(exp), type(e).__name__, e)
for base in [2, -2, 0, 2.0, 4, -4.0, 1j]:
    for exp in [F(2), F(-2), F(1, 2), F(0)]:
        try:
            print(repr(base), repr(exp), repr(base ** exp))
        except Exception as e:
            print(repr(base), repr(exp), type(e).__name__, e)
print(pow(F(2, 3), 3), pow(2, F(3)))
