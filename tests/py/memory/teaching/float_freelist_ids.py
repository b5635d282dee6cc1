# Floats, tuples and lists come from free lists, so ids repeat in patterns.
a = 1.5 * 2
ida = id(a)
del a
b = 2.5 * 2
print("float reuses the freed float:", id(b) == ida)
t = tuple([1, 2, 3])
idt = id(t)
del t
u = tuple([4, 5, 6])
print("3-tuple reuses a 3-tuple:", id(u) == idt)
v = tuple([7, 8])
print("2-tuple does not reuse it:", id(v) == idt)
l1 = list(range(3))
idl = id(l1)
del l1
l2 = [9]
print("list object reused:", id(l2) == idl)
d1 = dict(a=1)
idd = id(d1)
del d1
d2 = {}
print("dict reused:", id(d2) == idd)
ids = set()
for i in range(10):
    x = float(i) + 0.5
    ids.add(id(x))
print("loop floats use few blocks:", len(ids) <= 2)
