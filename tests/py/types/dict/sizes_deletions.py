# Deleting never shrinks a dict; copies and dict(d) of a sparse dict compact it.
import sys

S = sys.getsizeof
d = {i: i for i in range(40)}
print(S(d))
for i in range(35):
    del d[i]
print(S(d), S(d.copy()), S(dict(d)), S({**d}), list(d))
for i in range(100, 110):
    d[i] = i
print(S(d), list(d)[:8])
d.clear()
print(S(d), d)
d = {i: i for i in range(10)}
while d:
    d.popitem()
    print(S(d), end=" ")
print()
d = {i: i for i in range(12)}
for i in range(12):
    d.pop(i)
d["x"] = 1
print(S(d), d)
