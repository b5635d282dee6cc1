# sys.getsizeof of sets: the 8-slot small table, then tables grown as CPython grows them.
import sys

s = set()
sizes = []
for i in range(80):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
print([sys.getsizeof(set(range(n))) for n in range(0, 60, 3)])
print([sys.getsizeof(frozenset(range(n))) for n in range(0, 60, 3)])
s = set(range(100))
for i in range(95):
    s.discard(i)
print(sys.getsizeof(s), sys.getsizeof(s.copy()), sys.getsizeof(set(s)))
s.clear()
print(sys.getsizeof(s), sys.getsizeof(set()), sys.getsizeof({1, 2, 3}))
