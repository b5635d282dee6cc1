# tuple subclasses (namedtuple, class T(tuple)) own their items once: no hidden tuple keeps them alive.
import gc, sys
from collections import namedtuple
P = namedtuple("P", "a b")
class T(tuple): pass
gc.collect()
l = [1]
p = P(1, l)
t = T((l, 2))
print(sys.getrefcount(l), gc.collect(), type(t), t, p)
del p, t
print(sys.getrefcount(l), gc.collect())
