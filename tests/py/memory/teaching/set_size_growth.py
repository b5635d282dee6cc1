import sys

s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(1, 200):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(i, size)
        last = size
print("frozenset of 10:", sys.getsizeof(frozenset(range(10))))
print("set from list of 10:", sys.getsizeof(set(list(range(10)))))
s.clear()
print("after clear:", sys.getsizeof(s))
