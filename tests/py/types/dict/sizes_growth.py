# sys.getsizeof of dicts: 3.11's compact table growth (used*3), str-only vs general keys.
import sys

d = {}
sizes = []
for i in range(90):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
d = {}
sizes = []
for i in range(90):
    d["k%d" % i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
d = {"a": 1, "b": 2}
print(sys.getsizeof(d), end=" ")
d[1] = 2
print(sys.getsizeof(d), end=" ")
d[(1, 2)] = 3
print(sys.getsizeof(d))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict()), sys.getsizeof(dict(a=1)))
