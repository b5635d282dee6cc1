# The exception object and its traceback while handling and after.
import sys


def fail():
    raise ValueError("x")


try:
    fail()
except ValueError as e:
    print("exception refs in handler:", sys.getrefcount(e))
    tb = e.__traceback__
    print("traceback refs:", sys.getrefcount(tb))
    print("frames in traceback:", tb.tb_next is not None, tb.tb_next.tb_next)
    kept = e
print("kept exception:", sys.getrefcount(kept))
print("traceback still held by exception and name:", sys.getrefcount(tb))
