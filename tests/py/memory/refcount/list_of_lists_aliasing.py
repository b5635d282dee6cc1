# [[x]] * n repeats one inner list; a comprehension makes distinct lists.
import sys


class X:
    pass


x = X()
shared = [[x]] * 3
print("one inner list:", sys.getrefcount(shared[0]), sys.getrefcount(x))
distinct = [[x] for _ in range(3)]
print("three inner lists:", sys.getrefcount(distinct[0]), sys.getrefcount(x))
