import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    i = bisect.bisect(breakpoints, score)
    return grades[i]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

class SortedList:
    def __init__(self, items=()):
        self._items = sorted(items)
    def add(self, x):
        bisect.insort(self._items, x)
    def remove(self, x):
        i = bisect.bisect_left(self._items, x)
        if i != len(self._items) and self._items[i] == x:
            del self._items[i]
        else:
            raise ValueError(f"{x!r} not in list")
    def count_range(self, lo, hi):
        return bisect.bisect_right(self._items, hi) - bisect.bisect_left(self._items, lo)
    def __repr__(self):
        return f"SortedList({self._items})"
s = SortedList([5, 3, 9])
for x in [7, 1, 5, 12]:
    s.add(x)
print(s, s.count_range(3, 7))
s.remove(5)
try:
    s.remove(100)
except ValueError as e:
    print("ValueError", e)
print(s)
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError
def find_lt(a, x):
    i = bisect.bisect_left(a, x)
    if i:
        return a[i - 1]
    raise ValueError
def find_ge(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError
a = [1, 4, 4, 7, 10]
print(index(a, 4), find_lt(a, 4), find_ge(a, 5))
