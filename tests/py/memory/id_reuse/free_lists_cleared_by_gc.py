# A freed list is parked on the list free list (its block is not reused by other objects);
# a full collection empties the free lists (clear_freelists), giving the blocks back.
import gc
class A:
    __slots__ = ("p", "q", "r")
gc.collect()
x = []
a = id(x)
del x
o = A()
print("free-listed list block not reused by an instance:", id(o) != a)
del o
y = []
print("list reuses its own free-list entry:", id(y) == a)
del y
gc.collect()
o2 = A()
print("after a full collection the free list is emptied and the block reused:", id(o2) == a)
