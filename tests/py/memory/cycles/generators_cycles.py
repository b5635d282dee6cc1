# A generator that references itself.
import gc

gc.collect()


class Holder:
    pass


def gen(h):
    yield h
    yield 2


h = Holder()
g = gen(h)
h.g = g
next(g)
del h, g
print("generator <-> holder:", gc.collect())
