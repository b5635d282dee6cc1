# copy.copy of builtins and instances
import copy


class A:
    def __init__(self, x):
        self.x = x
        self.l = [x]

    def __repr__(self):
        return f"A({self.x!r}, {self.l!r})"


a = A(1)
b = copy.copy(a)
print(b, b.l is a.l, b is a)
for v in (1, "s", (1, [2]), None, 3.5, frozenset([1]), range(3), len, A):
    print(type(v).__name__, copy.copy(v) is v)
lst = [1, [2]]
c = copy.copy(lst)
print(c, c is lst, c[1] is lst[1], copy.copy({1: [2]}), copy.copy({1, 2}), copy.copy(bytearray(b"ab")))


class S:
    __slots__ = ("a", "b")


s = S()
s.a = 1
t = copy.copy(s)
print(t.a, hasattr(t, "b"))
