# sys.getsizeof follows CPython 3.11's list over-allocation through appends, inserts and pops.
import sys

l = []
sizes = []
for i in range(100):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
while l:
    l.pop()
    if len(l) % 7 == 0:
        print(len(l), sys.getsizeof(l))
l = []
for i in range(30):
    l.insert(0, i)
print(l[:5], sys.getsizeof(l))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]))
x = 5
print(sys.getsizeof([x, x, x]), sys.getsizeof([x] * 3), sys.getsizeof(list(range(3))))
