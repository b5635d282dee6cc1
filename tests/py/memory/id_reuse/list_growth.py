# A list object keeps its id while its item storage is reallocated.
lst = []
addr = id(lst)
for i in range(1000):
    lst.append(i)
print("same list object:", id(lst) == addr)
lst.clear()
print("still same after clear:", id(lst) == addr)
t = tuple(lst)
print("empty tuple is the singleton:", t is tuple())
