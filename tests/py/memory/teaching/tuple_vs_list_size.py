import sys

# Tuples are fixed size; lists keep room to grow.
for n in [0, 1, 2, 5, 10]:
    t = tuple(range(n))
    l = list(range(n))
    print(n, sys.getsizeof(t), sys.getsizeof(l))
print(sys.getsizeof(()) == sys.getsizeof(tuple()))
print((), () is tuple(), () is tuple([]))
print([] is [])
