# abs() of an int that is not negative is the int itself, as CPython's long_abs (through
# long_long) gives it back: one reference more, no new block. So a sort keyed by abs over
# positive ints holds the keys array and the merge space, not a copy of every int.
import random
import sys
import tracemalloc

x = 10**6 + 1
big = 2**80
print(abs(x) is x, abs(big) is big, abs(-x) is x, abs(-x) == x)


class I(int):
    pass


z = I(5000)
print(type(abs(z)).__name__, abs(z) is z, type(abs(I(-7))).__name__, abs(True), type(abs(True)).__name__)
before = sys.getrefcount(x)
kept = abs(x)
print("refs", sys.getrefcount(x) - before)

random.seed(3)
data = [random.randrange(10**6, 10**7) for _ in range(600)]


def peak(label, make):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    result = make()
    current, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(label, current - before, top - before)
    return result


peak("list.sort(key=abs)", lambda: data.copy().sort(key=abs))
peak("sorted(key=abs)", lambda: len(sorted(data, key=abs)))
peak("map(abs)", lambda: len(list(map(abs, data))))
