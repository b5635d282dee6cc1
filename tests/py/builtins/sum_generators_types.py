def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
from fractions import Fraction
from decimal import Decimal
print(sum(Fraction(1, n) for n in range(1, 5)), sum([Decimal("0.1")] * 3), sum([1j, 2]), sum(range(10**6)))
print(sum([1.5, 2**53, 1]), sum([2**63, 1]), sum([-2**63, -1]), sum([True, 2.5]), sum([], 0.0))
print(sum([[1]], start=[0]))
