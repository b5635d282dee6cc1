import tracemalloc

# tracemalloc counts the bytes of every block the program allocates.
tracemalloc.start()


def current():
    return tracemalloc.get_traced_memory()[0]


base = current()
a = [None] * 100
print("list of 100:", current() - base)
b = "x" * 1000
print("+ str of 1000:", current() - base)
c = {i: i for i in range(10)}
print("+ dict of 10:", current() - base)
del a
print("- list:", current() - base)
d = [[] for _ in range(10)]
print("+ 11 lists:", current() - base)
e = tuple(range(300, 320))
print("+ tuple of 20 new ints:", current() - base)
del b, c, d, e
print("all freed:", current() - base)
size, peak = tracemalloc.get_traced_memory()
print("peak above current:", peak > size)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
