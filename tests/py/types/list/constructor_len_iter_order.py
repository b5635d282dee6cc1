# list(x) of an object with __iter__ and __len__ makes the iterator first and asks the length once
# (the length hint of list_extend), as 3.11's list___init___impl; sizes follow that hint.
import sys
class K:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print("iter")
        return iter(range(self.n))
    def __len__(self):
        print("len")
        return self.n
    def __length_hint__(self):
        print("hint")
        return 2
class L(list):
    pass
for label, fn in [("list", lambda: list(K(5))), ("sub", lambda: L(K(5))), ("init", lambda: [9].__init__(K(5))),
                  ("star", lambda: [*K(5)]), ("extend", lambda: [].extend(K(5))), ("iadd", lambda: [1].__iadd__(K(5))),
                  ("tuple", lambda: tuple(K(5))), ("sorted", lambda: sorted(K(5))), ("set", lambda: set(K(5))), ("bytearray", lambda: bytearray(K(5)))]:
    print("--", label)
    r = fn()
    if isinstance(r, list):
        print(sys.getsizeof(r), len(r))
class Bad:
    def __iter__(self): return iter([1, 2, 3])
    def __len__(self): raise TypeError("no len")
print(list(Bad()))
class Neg:
    def __iter__(self): return iter([1])
    def __len__(self): return -1
try:
    print(list(Neg()))
except ValueError as e:
    print(e)
