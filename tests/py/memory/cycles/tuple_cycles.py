# Tuples can only be in a cycle through a mutable container.
import gc

gc.collect()
lst = []
t = (lst, 1, "x")
lst.append(t)
del lst, t
print("tuple/list:", gc.collect())
outer = []
for i in range(3):
    outer = [(outer, i)]
outer[0][0].append(outer)
del outer
print("chain of tuples closed into a ring:", gc.collect())
