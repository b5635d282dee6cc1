def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
from fractions import Fraction
print(abs(Fraction(-3, 4)), abs(-1e308 * 10), abs(float("-nan")) != abs(float("nan")))
class Neg:
    def __neg__(self): return "neg"
attempt(abs, Neg())
