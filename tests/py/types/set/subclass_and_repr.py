# set subclasses: reprs with the class name, operators return base types, recursion in reprs.
class S(set):
    pass


class F(frozenset):
    pass


s = S([3, 1])
print(s, S(), F([2]), F(), type(s | {4}).__name__, type(s.copy()).__name__, type(F([1]) | {2}).__name__)
print(repr(s), str(F([1, 2])), s == {1, 3}, isinstance(s, set))
print(set.__reduce__({1}), S([1]).__reduce__(), frozenset({2}).__reduce__())


class R:
    def __init__(self):
        self.s = None

    def __repr__(self):
        return "R(%r)" % (self.s,)

    def __hash__(self):
        return 1


r = R()
r.s = {r}
print(r.s, r)
