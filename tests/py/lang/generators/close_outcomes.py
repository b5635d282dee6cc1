# Every way a generator's close() can end, and the same through deallocation and early exits
# (any(), all(), break): the exception GeneratorExit becomes, what close() returns or raises,
# what the frame's finally blocks see, and the references left behind.
import sys


def plain():
    yield 1
    yield 2


def cleanup(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


def swallow_and_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("during close")


def raises_stop():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("stop")


def keeps_yielding():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass


def delegating(log):
    try:
        yield from cleanup(log)
    finally:
        log.append("outer finally")


sys.unraisablehook = lambda u: print("unraisable:", type(u.exc_value).__name__, u.exc_value, u.object.__name__)
log = []
g = cleanup(log)
print(g.close(), log, g.gi_frame)
g = cleanup(log)
next(g)
print(g.close(), log, g.gi_frame, g.close())
g = swallow_and_return()
next(g)
print(g.close())
for factory in (raises_other, raises_stop, keeps_yielding):
    g = factory()
    next(g)
    try:
        g.close()
    except BaseException as e:
        print(type(e).__name__, e, type(e.__context__).__name__, type(e.__cause__).__name__)
        print([fs.name for fs in __import__("traceback").extract_tb(e.__traceback__)])
    del g
g = delegating(log)
next(g)
print(g.close(), log)

marker = object()
before = sys.getrefcount(marker)


def holds(x):
    try:
        yield x
        yield x
    finally:
        pass


for i in range(1000):
    g = holds(marker)
    next(g)
    del g
    h = holds(marker)
    del h
print(sys.getrefcount(marker) - before)
print(any(x > 2 for x in range(10)), all(x < 2 for x in range(10)))
for x in cleanup(log):
    break
print(log)


class Noisy:
    def __del__(self):
        print("Noisy freed")


def owns():
    n = Noisy()
    try:
        yield 1
    finally:
        print("owns finally")


g = owns()
next(g)
g = None
print("after rebinding")
g = owns()
next(g)
g.throw(ValueError)
