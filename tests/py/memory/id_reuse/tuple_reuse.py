# Tuples of the same length reuse each other's memory.
def make(n):
    return tuple(range(n, n + 3))


a = make(10)
addr = id(a)
del a
b = make(20)
print("same-length tuple reuses:", id(b) == addr)
c = make(30)
print("while b lives, c is elsewhere:", id(c) != id(b))
