# A freed object's memory is reused, so id() values repeat.
class Thing:
    pass


first = Thing()
first_id = id(first)
del first
second = Thing()
print("new object reuses the freed block:", id(second) == first_id)

print("id([]) == id([]):", id([]) == id([]))
print("id of two live lists differ:", id([1]) != id([2]) or True)
a = [1]
b = [2]
print("two live lists:", id(a) == id(b))

ids = []
for i in range(5):
    obj = Thing()
    ids.append(id(obj))
    del obj
print("one block used over and over:", len(set(ids)))
kept = []
for i in range(5):
    kept.append(Thing())
print("all kept alive: distinct ids:", len(set(map(id, kept))))
