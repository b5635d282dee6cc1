# OrderedDict as CPython's C type: sizes, iterator types, mutation checks, views, subclasses
import sys
from collections import OrderedDict

o = OrderedDict()
print(sys.getsizeof(o), OrderedDict.__basicsize__ if hasattr(OrderedDict, "__basicsize__") else None)
o["a"] = 1
print(sys.getsizeof(o))
o.update((i, i) for i in range(10))
print(sys.getsizeof(o))
o.clear()
print(sys.getsizeof(o))
o = OrderedDict(a=1, b=2, c=3)
print(type(iter(o)).__name__, type(iter(o.values())).__name__, type(reversed(o)).__name__, type(o.keys()).__mro__)
print(list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
print(o.keys() & {"a", "z"}, o.keys() | {"q"} == {"a", "b", "c", "q"}, "b" in o.keys(), ("a", 1) in o.items())
try:
    for k in o:
        o["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError", e)
o = OrderedDict(a=1, b=2, c=3)
try:
    for k in o:
        o.move_to_end(k)
except RuntimeError as e:
    print("RuntimeError", e)
o.x = 5
print(o.__dict__, o.__reduce__()[:3], vars(o))
try:
    OrderedDict({}, {})
except TypeError as e:
    print("TypeError", e)
try:
    OrderedDict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.cap:
            self.popitem(last=False)


c = LRU(2)
for k in "abcab":
    c[k] = k.upper()
print(c, c.cap, c.copy() if False else "", type(c).__name__)
print(OrderedDict(b=1, a=2) == OrderedDict(a=2, b=1), OrderedDict(b=1) != {"b": 1})
print(OrderedDict.fromkeys("xy"), OrderedDict(a=1).setdefault("a", 9), OrderedDict().pop("k", "d"))
p = OrderedDict(a=1)
print(p.pop("a"), p, p.popitem() if p else "empty")
print("move_to_end" in dir(OrderedDict), "__dict__" in dir(OrderedDict), OrderedDict.__name__, OrderedDict.__module__)
try:
    OrderedDict([(1,)])
except ValueError as e:
    print("ValueError", e)
