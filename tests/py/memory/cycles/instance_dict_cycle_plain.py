# Plain instances (3.11 keeps their attributes inline, without a dict object) in a cycle.
import gc


class Parent:
    pass


class Child:
    pass


gc.collect()
p = Parent()
p.children = [Child() for _ in range(3)]
for c in p.children:
    c.parent = p
del p, c
print("parent, list, three children:", gc.collect())
