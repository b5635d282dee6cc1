# A freed list is parked on the list free list (its block is not reused by other objects);
# a full collection empties the free lists (clear_freelists), giving the blocks back.
# Nothing is printed until the end: print() may allocate (a buffered stdout keeps a list of
# pending writes), which would take the parked block and make the result depend on whether
# PYTHONUNBUFFERED is set.
import gc
class A:
    __slots__ = ("p", "q", "r")
gc.collect()
x = []
a = id(x)
del x
o = A()
not_reused_by_instance = id(o) != a
del o
y = []
list_reuses_entry = id(y) == a
del y
gc.collect()
o2 = A()
reused_after_collect = id(o2) == a
print("free-listed list block not reused by an instance:", not_reused_by_instance)
print("list reuses its own free-list entry:", list_reuses_entry)
print("after a full collection the free list is emptied and the block reused:", reused_after_collect)
