# A generator whose frame refers to the generator itself.
import gc

gc.collect()


def gen():
    me = yield
    yield me


g = gen()
next(g)
g.send(g)
del g
print("generator referencing itself:", gc.collect())
