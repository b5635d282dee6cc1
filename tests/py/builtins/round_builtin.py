def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(0.5), round(1.5))
print(round(3.14159, 3), round(-0.0), round(10**20 + 0.5), round(5, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
class Rd:
    def __round__(self, n=None): return ("rounded", n)
print(round(Rd()), round(Rd(), 3), round(number=1.5), round(2.5, None))
attempt(round, "x")
attempt(round, 1.5, "x")
attempt(round)
attempt(round, float("inf"))
attempt(round, float("nan"))
