# Frame objects are made on demand (sys._getframe(), a traceback, a generator's gi_frame): the
# block is frame_sizeof's size plus the GC header, as tracemalloc and sys.getsizeof show it.
# A caught exception's traceback holds one frame object per level it went through.
import sys
import tracemalloc


def traced(fn):
    m0 = tracemalloc.get_traced_memory()[0]
    result = fn()
    return result, tracemalloc.get_traced_memory()[0] - m0


def here():
    return sys._getframe()


def with_locals(a, b, c=3):
    x = [a, b, c]
    return sys._getframe()


def fail(n):
    if n == 0:
        raise ValueError("bottom")
    return fail(n - 1)


def catch(depth):
    try:
        fail(depth)
    except ValueError as e:
        return e


tracemalloc.start()
f, grew = traced(sys._getframe)
print("module frame", sys.getsizeof(f), grew)
f, grew = traced(here)
print("function frame", sys.getsizeof(f), grew)
f, grew = traced(lambda: with_locals(1, 2))
print("frame with locals", sys.getsizeof(f), grew)
del f
for depth in (0, 1, 10, 100):
    e, grew = traced(lambda: catch(depth))
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(sys.getsizeof(tb.tb_frame))
        tb = tb.tb_next
    print(depth, len(frames), sum(frames), grew)
    del e, tb
gen = (i for i in range(3))
m0 = tracemalloc.get_traced_memory()[0]
gf = gen.gi_frame
print("generator frame", sys.getsizeof(gf), tracemalloc.get_traced_memory()[0] - m0)
