# A frame run from native code (exec, eval, map's function, a sort key, __eq__ called by a dict
# lookup) that outlives its run through a traceback or sys._getframe() keeps its link to the
# caller: f_back is the caller's frame object (CPython's take_ownership when the frame is
# cleared), so the caller's frame is one more object in the cycle the collector finds.
import gc
import sys


def grab(_):
    return sys._getframe()


def names(fr):
    out = []
    while fr is not None:
        out.append(fr.f_code.co_name)
        fr = fr.f_back
    return out


def through_map():
    return list(map(grab, [1]))[0]


print("map:", names(through_map()))
print("eval:", names(eval("sys._getframe()")))


def failing_key(x):
    raise KeyError(x)


def sort_fails():
    try:
        sorted([3, 1], key=failing_key)
    except KeyError as e:
        return e


err = sort_fails()
tb = err.__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
print("raised in:", names(tb.tb_frame))
del err, tb
print("after sort_fails:", gc.collect())


def exec_keeps_exception():
    exec("try:\n    1/0\nexcept Exception as e:\n    kept = e")


gc.collect()
exec_keeps_exception()
print("exec cycle:", gc.collect())


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.seen = sys._getframe()
        return self.v == other.v


def lookup():
    d = {Key(1): "one"}
    return d[Key(1)]


print(lookup(), names(Key.seen))
del Key.seen
print("after lookup:", gc.collect())
