# sys.getsizeof with a __sizeof__ returning odd values: exact sums past 2**53, CPython's
# PyLong_AsSsize_t errors (no __index__, 'too large to convert'), negative results, defaults.
import sys
class OverflowSizeof(int):
    def __sizeof__(self):
        return int(self)
class Plain:
    def __init__(self, n): self.n = n
    def __sizeof__(self): return self.n
for n in (0, 1, 2**53 - 1, 2**53, 2**53 + 1, sys.maxsize - 16, sys.maxsize):
    print(n, sys.getsizeof(OverflowSizeof(n)), sys.getsizeof(Plain(n)))
for n in (sys.maxsize + 1, -1, -sys.maxsize - 1, 2**100):
    for cls in (OverflowSizeof, Plain):
        try:
            print(sys.getsizeof(cls(n)))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
class BadSizeof:
    def __sizeof__(self): return 4.5
try:
    sys.getsizeof(BadSizeof())
except TypeError as e:
    print(e)
print(sys.getsizeof(BadSizeof(), "dflt"))
class NoneSizeof:
    def __sizeof__(self): return None
try:
    sys.getsizeof(NoneSizeof())
except TypeError as e:
    print(e)
class BoolSizeof:
    def __sizeof__(self): return True
print(sys.getsizeof(BoolSizeof()))
