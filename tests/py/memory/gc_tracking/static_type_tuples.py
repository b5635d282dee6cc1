# The __mro__ and __bases__ tuples of builtin types exist from CPython's start: reading them
# allocates nothing the program sees (gc counts, allocated blocks), and they are
# untracked (static types are not GC objects), so gc.get_objects() does not list them.
import gc
import sys

gc.collect()
blocks = sys.getallocatedblocks()
count = gc.get_count()
tuples = [zip.__mro__, memoryview.__bases__, KeyError.__mro__, bytearray.__mro__]
print(gc.get_count()[0] - count[0], sys.getallocatedblocks() - blocks)
for t in tuples:
    print(t, gc.is_tracked(t), sys.getrefcount(t), any(o is t for o in gc.get_objects()))
print(gc.get_referrers(zip.__mro__), len(gc.get_referents(zip.__mro__)))

