# OrderedDict iterators: 80 bytes (odictiterobject), the recycled items() tuple re-tracked after a
# collection untracked it (bpo-42536), and an exhausted iterator lets go of its dict.
import gc, sys
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
it = iter(od.items())
t = next(it)
print(gc.is_tracked(t), gc.is_tracked(next(it)))
it = iter(OrderedDict(a=[]).items())
print(gc.is_tracked(next(it)))
for kind in ("keys", "values", "items"):
    it = iter(getattr(od, kind)())
    print(kind, sys.getsizeof(it), type(it).__name__)
print(sys.getsizeof(iter(od)), sys.getsizeof(reversed(od)))
print(sys.getsizeof(od), sys.getsizeof(OrderedDict()))
for n in (0, 1, 5, 6, 10, 11, 100):
    print(n, sys.getsizeof(OrderedDict.fromkeys(range(n))))
class A:
    pass
od2 = OrderedDict()
od2[A()] = 1
it = iter(od2)
list(it)
import weakref
o = OrderedDict([(1, 2)])
w = weakref.ref(o)
it = iter(o)
for _ in it: pass
del o
print("freed after iterating", w() is None)
