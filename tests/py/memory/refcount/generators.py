# A suspended generator's frame holds its arguments and locals.
import sys


class G:
    pass


g_obj = G()
print("start:", sys.getrefcount(g_obj))


def gen(x):
    y = x
    yield 1
    yield 2
    del y
    yield 3


it = gen(g_obj)
print("created, not started:", sys.getrefcount(g_obj))
next(it)
print("suspended at first yield:", sys.getrefcount(g_obj))
next(it)
next(it)
print("after del y inside:", sys.getrefcount(g_obj))
for _ in it:
    pass
print("exhausted:", sys.getrefcount(g_obj))
it2 = gen(g_obj)
next(it2)
print("second generator suspended:", sys.getrefcount(g_obj))
it2.close()
print("closed:", sys.getrefcount(g_obj))
it3 = gen(g_obj)
next(it3)
del it3
print("deleted while suspended:", sys.getrefcount(g_obj))


def genexp_holder():
    return (g_obj for _ in range(3))


ge = genexp_holder()
first = next(ge)
print("genexp yielded:", sys.getrefcount(g_obj))
del first, ge
print("genexp gone:", sys.getrefcount(g_obj))


def yield_from(x):
    yield from gen(x)


yf = yield_from(g_obj)
next(yf)
print("yield from, suspended:", sys.getrefcount(g_obj))
yf.close()
print("yield from, closed:", sys.getrefcount(g_obj))
