import sys
import traceback


def a():
    b()


def b():
    raise IndexError("limited")


try:
    a()
except IndexError:
    sys.tracebacklimit = 1
    print(traceback.format_exc(), end="")
    sys.tracebacklimit = 0
    print(traceback.format_exc(), end="")
    sys.tracebacklimit = -5
    print(traceback.format_exc(), end="")
    del sys.tracebacklimit
    print(traceback.format_exc(limit=-1), end="")
    print(traceback.format_exc(limit=0), end="")
