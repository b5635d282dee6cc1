# tracemalloc's peak while a suspended generator is closed (close(), its death after all()/any()
# stopped early, a coroutine's close()): CPython's gen_close sets GeneratorExit without making
# the exception object (PyErr_SetNone leaves it unnormalized) unless the frame has a handler at
# its yield or an exception is being handled, so the peak is the frame object and the traceback
# entry only. A handler (try/finally, except GeneratorExit) or a close() inside an except block
# makes the instance; closing a finished generator makes nothing at all.
import gc
import tracemalloc


def plain():
    yield 1
    yield 2


def with_locals(n):
    items = [n] * 3
    for x in items:
        yield x


def with_finally():
    try:
        yield 1
    finally:
        pass


def catches():
    try:
        yield 1
    except GeneratorExit as e:
        print("  caught", type(e).__name__, e.__context__)
        raise


async def coro():
    return 1


gc.disable()
tracemalloc.start()


def measure(label, action):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    action()
    after, peak = tracemalloc.get_traced_memory()
    print(f"{label:28} grew {after - before:5}  peak above {peak - after}")


g1 = plain()
next(g1)
measure("suspended close()", g1.close)
measure("finished close()", g1.close)
g2 = plain()
measure("created close()", g2.close)
g3 = with_locals(4)
next(g3)
measure("locals and iterator close()", g3.close)
g4 = with_finally()
next(g4)
measure("try/finally close()", g4.close)
g5 = catches()
next(g5)
measure("except GeneratorExit close()", g5.close)


def close_while_handling():
    g = catches()
    next(g)
    try:
        raise KeyError("k")
    except KeyError:
        g.close()


measure("close() in an except block", close_while_handling)
data = [3, 0, 5, 7]
measure("all() stopping early", lambda: all(x for x in data))
measure("any() stopping early", lambda: any(x > 2 for x in data))
measure("all() to the end", lambda: all(x >= 0 for x in data))
c = coro()
measure("created coroutine close()", c.close)


def dies():
    g = with_locals(7)
    next(g)
    del g


measure("suspended generator dies", dies)
print(g1.gi_frame, g3.gi_frame, list(g3))
