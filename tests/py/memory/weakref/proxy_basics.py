# weakref.proxy forwards attribute access and operations; dead proxies raise ReferenceError.
import weakref


class Box:
    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10

    def __add__(self, other):
        return self.v + other

    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v

    def __hash__(self):
        return 1

    def __str__(self):
        return "Box(%s)" % self.v

    def __iter__(self):
        return iter([1, 2])

    def __contains__(self, x):
        return x == 42

    def __bool__(self):
        return False


b = Box(21)
p = weakref.proxy(b)
print(p.v, p.double(), len(p), p[4], p + 1, str(p), list(p), 42 in p, bool(p))
print("eq:", p == Box(21), p == b)
p.v = 5
print("setattr through proxy:", b.v)
del p.v
print("delattr through proxy:", hasattr(b, "v"))
print("same proxy reused:", weakref.proxy(b) is p)
print("type:", type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
del b
for op in [lambda: p.v, lambda: len(p), lambda: str(p), lambda: p + 1, lambda: bool(p)]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
