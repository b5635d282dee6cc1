# OrderedDict: move_to_end, popitem(last=), order-sensitive equality, views, repr
from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od, list(od), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 9), ("y", 8)])
od.setdefault("z", 7)
print(od, od.pop("x"), od.pop("nope", "dflt"))
try:
    od.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(o1.keys(), o1.values(), o1.items(), list(reversed(o1.items())))
print(OrderedDict(), OrderedDict.fromkeys("abc", 0), o1.copy(), o1 | {"c": 3}, {"c": 3} | o1)
r = OrderedDict()
r["self"] = r
print(r)
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
print(isinstance(o1, dict), OrderedDict.__module__, o1.__reduce__()[:3])
