# Each slot of a list that holds an object is one reference.
import sys


class Item:
    pass


a = Item()
lst = [a, a, a]
print("three slots:", sys.getrefcount(a))
lst.append(a)
print("append:", sys.getrefcount(a))
lst2 = lst[:]
print("slice copy:", sys.getrefcount(a))
lst3 = lst * 2
print("repeat:", sys.getrefcount(a))
del lst3
print("del repeat:", sys.getrefcount(a))
lst.pop()
print("pop (result discarded):", sys.getrefcount(a))
popped = lst.pop()
print("pop kept:", sys.getrefcount(a))
lst.remove(a)
print("remove:", sys.getrefcount(a))
lst.extend([a, a])
print("extend:", sys.getrefcount(a))
lst.insert(0, a)
print("insert:", sys.getrefcount(a))
del lst[0:2]
print("del slice:", sys.getrefcount(a))
lst[:] = []
print("slice assign:", sys.getrefcount(a))
lst2.clear()
print("clear copy:", sys.getrefcount(a))
nested = [[a], [a, [a]]]
print("nested:", sys.getrefcount(a))
del nested
print("del nested:", sys.getrefcount(a))
print("list itself:", sys.getrefcount(lst))
