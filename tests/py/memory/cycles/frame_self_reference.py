# A finished function's frame object that a local still refers to is a cycle (frame -> locals ->
# frame): the collector breaks it with the frame's tp_clear, and a second collection finds nothing.
import gc
import sys
import weakref


class Token:
    def __del__(self):
        print("  Token freed")


def keeps_own_frame():
    frame = sys._getframe()
    t = Token()
    return weakref.ref(t)


def keeps_frame_in_list():
    box = [sys._getframe(), Token()]
    return len(box)


def caught_traceback():
    t = Token()
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    return 1


def traceback_in_local():
    t = Token()
    try:
        1 / 0
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
    return tb is not None


gc.collect()
for fn in (keeps_own_frame, keeps_frame_in_list, caught_traceback, traceback_in_local):
    print(fn.__name__)
    r = fn()
    print("  before collect")
    print("  collected", gc.collect())
    print("  again", gc.collect())
    if isinstance(r, weakref.ref):
        print("  weakref dead:", r() is None)


def gen():
    me = sys._getframe()
    t = Token()
    yield 1
    yield 2


g = gen()
next(g)
print("generator suspended, frame in its own locals")
del g
print("  collected", gc.collect())
print("  again", gc.collect())

# f_locals snapshot dict holding the frame
def snapshot():
    t = Token()
    f = sys._getframe()
    d = f.f_locals
    return 0


snapshot()
print("f_locals snapshot")
print("  collected", gc.collect())
print("  again", gc.collect())
