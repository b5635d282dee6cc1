# reference counts held by deque, defaultdict, OrderedDict and Counter match CPython's
import sys
from collections import Counter, OrderedDict, defaultdict, deque


class Obj:
    pass


x = Obj()
base = sys.getrefcount(x)


def rc():
    return sys.getrefcount(x) - base


d = deque([x, x, x], maxlen=5)
print("deque", rc())
d.rotate(2)
d.append(x)
d.appendleft(x)
d.append(x)
print("deque full", rc(), len(d))
d.remove(x)
del d[0]
d.insert(1, x)
print("deque edits", rc())
e = d.copy()
f = d * 2
print("copies", rc())
del e, f
d.clear()
print("cleared", rc())
del d
dd = defaultdict(lambda: x)
dd["a"]
dd["b"] = x
print("defaultdict", rc())
g = dd.copy()
print("dd copy", rc())
del dd, g
print("dd freed", rc())
od = OrderedDict()
od[x] = x
od["k"] = x
print("odict", rc())
od.move_to_end(x, last=False)
it = iter(od)
next(it)
print("odict iter", rc())
del it
od.pop("k")
od.popitem()
print("odict popped", rc())
od[x] = 1
od2 = od.copy()
del od, od2
print("odict freed", rc())
c = Counter([x, x, x])
c.update([x])
print("counter", rc(), c[x])
del c
print("all freed", rc())
