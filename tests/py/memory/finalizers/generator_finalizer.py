# A generator's finally block runs when the generator is finalized.
import gc


def gen(name):
    try:
        yield 1
    finally:
        print("finally", name)


g = gen("refcount")
next(g)
del g
print("after refcount death")


class Holder:
    pass


h = Holder()
h.g = gen("cycle")
h.g_self = h
next(h.g)
del h
print("collecting")
gc.collect()
print("end")
