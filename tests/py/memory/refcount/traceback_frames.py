# A traceback keeps the frames it passed through, and the frames keep their locals.
import sys


class Local:
    pass


loc = Local()
print("start:", sys.getrefcount(loc))


def fails(x):
    y = x
    raise RuntimeError("boom")


try:
    fails(loc)
except RuntimeError as e:
    tb = e.__traceback__
    print("traceback alive in handler:", sys.getrefcount(loc))
print("handler done, tb kept:", sys.getrefcount(loc))
frame = tb.tb_next.tb_frame
print("frame locals:", sorted(frame.f_locals))
del frame
del tb
print("traceback released:", sys.getrefcount(loc))


def catches(x):
    try:
        fails(x)
    except RuntimeError:
        return sys.getrefcount(x)


print("inside catching function:", catches(loc))
print("end:", sys.getrefcount(loc))
