# containers from _collections in reference cycles are found by the cycle collector
import gc
from collections import OrderedDict, defaultdict, deque

gc.collect()
d = deque()
d.append(d)
del d
print("deque", gc.collect())
dd = defaultdict(list)
dd["self"] = dd
del dd
print("defaultdict", gc.collect())


class Holder:
    pass


h = Holder()
h.factory_owner = defaultdict(lambda: h)
del h
print("factory cycle", gc.collect())
od = OrderedDict()
od["me"] = od
od.attr = od
del od
print("odict", gc.collect())
it_owner = []
dq = deque([it_owner])
it_owner.append(iter(dq))
del dq, it_owner
print("iterator cycle", gc.collect())
print(gc.is_tracked(deque()), gc.is_tracked(OrderedDict()), gc.is_tracked(defaultdict()))
