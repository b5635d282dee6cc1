# Attribute names built at run time: CPython 3.11's method cache (_PyType_Lookup's table of
# 4096 entries) keeps a reference to the last name each entry was filled with, so a getattr()
# or hasattr() with a fresh string leaves that string alive, and setattr() (which interns its
# name) holds the interned one once more. (Few names: with many, entries collide and evict one
# another at places that move with the run's addresses.)
import sys
import tracemalloc

# (Read through a global, not as sys.getrefcount: that lookup goes through the module type's
# entry for "getrefcount", which could evict the very entry being counted, depending on addresses.)
getrefcount = sys.getrefcount


class Record:
    pass


fields = ["alpha", "beta", "gamma"]
r = Record()
for f in fields:
    setattr(r, f + "_x", len(f))

# (Counted by references, not by sys.getallocatedblocks(): the entry a new name lands on may
# hold the last reference to a name python3's start looked up, and which entry that is depends
# on where its heap put things, which moves with the size of the environment.)
names = [f + "_x" for f in fields]
total = 0
for n in names:
    total += getattr(r, n)
del n
print("getattr", list(map(getrefcount, names)), total)

missing = "".join(["miss", "ing"])
hasattr(r, missing)
print("hasattr", getrefcount(missing))

tracemalloc.start()
s0 = tracemalloc.take_snapshot()
for i in range(2):
    getattr(Record, "attr%d" % i, None)
s1 = tracemalloc.take_snapshot()
tracemalloc.stop()
for stat in s1.compare_to(s0, "lineno"):
    if stat.traceback[0].filename == __file__ and stat.count_diff:
        print("traced", stat.traceback[0].lineno, stat.count_diff, stat.size_diff)

name = "".join(["dyn", "amic"])
print("fresh", getrefcount(name))
getattr(r, name, None)
print("instance lookup", getrefcount(name))
getattr(r, name, None)
print("same lookup again", getrefcount(name))
getattr(Record, name, None)
print("class lookup (type and metatype)", getrefcount(name))
getattr(sys, name, None)
print("module lookup", getrefcount(name))
Record.new_attr = 1
getattr(r, name, None)
print("after the class changed", getrefcount(name))

long_name = "x" * 101
long_name = long_name + "y"
getattr(r, long_name, None)
print("over 100 characters", getrefcount(long_name))

attr = "".join(["set", "ting"])
o = Record()
setattr(o, attr, 1)
print("setattr", getrefcount(attr), attr in vars(o))


class Sub(Record):
    pass


key = "".join(["k", "ey"])
for cls in (Record, Sub, int, str):
    getattr(cls(), key, None)
print("four types", getrefcount(key))
