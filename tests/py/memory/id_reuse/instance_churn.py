# Creating and dropping objects in a loop keeps reusing the same block.
class A:
    __slots__ = ("v",)


ids = set()
for i in range(20):
    a = A()
    a.v = i
    ids.add(id(a))
    del a
print("distinct addresses over 20 iterations:", len(ids))
ids = set()
for i in range(20):
    a = A()
    ids.add(id(a))
print("rebinding without del:", len(ids))
