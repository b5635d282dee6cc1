# sys.getsizeof of generators, coroutines and async generators: CPython 3.11 embeds the frame
# (locals, cells and value stack) in the object, so the size grows with the code's needs.
import sys


def empty():
    yield


def busy(a, b, c):
    total = a + b
    for i in range(c):
        yield total * i


def closure_gen(n):
    def inner():
        return n
    yield inner


async def coro(x):
    return x


async def agen(n):
    for i in range(n):
        yield i


gens = [empty(), busy(1, 2, 3), closure_gen(5), (x for x in []), (x * y for x in [] for y in [])]
print([sys.getsizeof(g) for g in gens], [g.__sizeof__() for g in gens])
c = coro(1)
a = agen(2)
print(sys.getsizeof(c), sys.getsizeof(a), c.__sizeof__(), a.__sizeof__())
c.close()
started = busy(1, 2, 3)
next(started)
print(sys.getsizeof(started) == sys.getsizeof(busy(1, 2, 3)))
