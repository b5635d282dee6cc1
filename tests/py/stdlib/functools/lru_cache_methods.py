import functools

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.lru_cache(maxsize=None)
    def area(self, scale=1):
        print("computing area", self.r, scale)
        return 3 * self.r * self.r * scale
    def __hash__(self):
        return hash(self.r)
    def __eq__(self, other):
        return self.r == other.r

c1, c2 = Circle(2), Circle(2)
print(c1.area(), c2.area(), c1.area(2), Circle.area.cache_info())
print(Circle.area(c1), type(c1.area).__name__, c1.area.__self__ is c1)
print(Circle.__dict__["area"].__get__(None, Circle) is Circle.__dict__["area"])

@functools.lru_cache(maxsize=8)
def recursive(n):
    if n > 0:
        recursive(n - 1)
    return n
recursive(5)
print(recursive.cache_info())
recursive(10)
print(recursive.cache_info())

import copy
print(copy.copy(recursive) is recursive, copy.deepcopy(recursive) is recursive, recursive.__reduce__())

@functools.lru_cache(maxsize=2)
def reentrant(n):
    if n == 1:
        reentrant(2)
        reentrant(3)
        reentrant(1 + 0 * n)
    return n
print(reentrant(1), reentrant.cache_info())
