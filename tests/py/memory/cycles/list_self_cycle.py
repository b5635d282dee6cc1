# A list that contains itself is only freed by the cycle collector.
import gc

gc.collect()
lst = []
lst.append(lst)
print("collected before del:", gc.collect())
del lst
print("collected after del:", gc.collect())
a = []
b = [a]
a.append(b)
del a, b
print("two-list cycle:", gc.collect())
ring = [[] for _ in range(5)]
for i in range(5):
    ring[i].append(ring[(i + 1) % 5])
del ring
print("ring of five lists:", gc.collect())
print("nothing left:", gc.collect())
