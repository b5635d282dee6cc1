# next(it) on an exhausted iterator raises StopIteration at the call: caught, chained, uncaught
# in a generator (RuntimeError), with a generator's return value, a class's __next__, and the
# references of the iterator and of the call's operands released as before.
import sys


def drain(it):
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration as e:
            return out, e.args, e.value, e.__context__, e.__traceback__.tb_lineno


print(drain(iter([1, 2, 3])))
print(drain(iter((4,))))
print(drain(iter(range(2))))
print(drain(iter("ab")))
print(drain(iter({5: 6})))


def gen():
    yield 1
    return "done"


print(drain(gen()))


class Count:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("custom", 2)
        self.n -= 1
        return self.n


print(drain(Count(3)))

it = iter([])
before = sys.getrefcount(it)
for _ in range(100):
    try:
        next(it)
    except StopIteration:
        pass
print("iterator refs", sys.getrefcount(it) - before)


def g2():
    yield next(iter([]))


try:
    list(g2())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

try:
    try:
        raise KeyError("k")
    except KeyError:
        next(iter(()))
except StopIteration as e:
    print("context", repr(e.__context__))

print(next(iter([]), "default"), next(gen()), next(iter([7]), 0))

try:
    next(42)
except TypeError as e:
    print(e)

exhausted = iter([])
next(exhausted)
