import sys

# __slots__ removes the per-instance __dict__.


class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class WithSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


a = WithDict(1, 2)
b = WithSlots(1, 2)
print("instance with __dict__:", sys.getsizeof(a))
print("its __dict__:", sys.getsizeof(a.__dict__))
print("instance with __slots__:", sys.getsizeof(b))
print("has __dict__:", hasattr(a, "__dict__"), hasattr(b, "__dict__"))
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)
a.z = 3
a.w = 4
print("__dict__ after two more attributes:", sys.getsizeof(a.__dict__))
many = [WithSlots(i, i) for i in range(1000)]
print("1000 slotted instances:", sum(sys.getsizeof(o) for o in many))
print("slot descriptors:", type(WithSlots.__dict__["x"]).__name__)
