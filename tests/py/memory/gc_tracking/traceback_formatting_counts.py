# A leak hunter capturing the same exception again and again watches gc.get_count(): each
# TracebackException leaves CPython's number of objects in generation 0 (heapstack's kept its
# options in a dict and a closure: one object more each time, and the positions of each frame
# came from a tuple of all of its code's positions), and the first traceback formatted imports
# ast, as CPython's caret code does.
import gc
import sys
import traceback


def divide(a, b):
    return a / b


def wrapped():
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e


def in_context():
    try:
        divide(1, 0)
    except ZeroDivisionError:
        raise KeyError("missing")


print("ast before:", "ast" in sys.modules)
try:
    divide(1, 0)
except ZeroDivisionError:
    text = traceback.format_exc()
print("ast after:", "ast" in sys.modules, text.count("\n"))


def deltas(label, fail, make):
    try:
        fail()
    except Exception as e:
        make(e)
        make(e)
        gc.collect()
        before = gc.get_count()[0]
        for _ in range(20):
            result = make(e)
        after = gc.get_count()[0]
        del result
        print(label, after - before, gc.get_count()[0] - after)


def capture(e):
    return traceback.TracebackException(type(e), e, e.__traceback__)


for fail in (lambda: divide(1, 0), wrapped, in_context):
    deltas("capture", fail, capture)
