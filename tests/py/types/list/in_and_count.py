# Membership tests and counting compare items with ==, identity first.
class Eq:
    calls = 0

    def __eq__(self, other):
        Eq.calls += 1
        return False


e = Eq()
l = [e, 1, 2, e]
print(e in l, Eq.calls)
print(Eq() in l, Eq.calls)
print(l.count(e), l.index(e), Eq.calls)
nan = float("nan")
l = [nan, 1]
print(nan in l, float("nan") in l, l.count(nan))
print(1 in [1.0], True in [1], "a" in ["abc"], [1] in [[1]])
