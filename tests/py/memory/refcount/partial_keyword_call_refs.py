# Calling a functools.partial that holds keywords: CPython copies its keyword dict, merges the
# call's keywords and calls the function with that dict, which a Python function gets unpacked
# (_PyStack_UnpackDict: a copy of the arguments holding a reference to each, and a tuple of the
# names). Inside the function, sys.getrefcount sees that copy too; heapstack's count was one
# lower, and gc.get_count() did not see the names tuple.
import functools
import gc
import sys

value = object()
base = sys.getrefcount(value)


def show(*args, **kwargs):
    return sys.getrefcount(value) - base


print("no keywords:", functools.partial(show, value)())
print("keyword held:", functools.partial(show, key=value)())
print("keyword held + positional:", functools.partial(show, value, key=value)())
print("keyword at call:", functools.partial(show)(key=value))
print("both:", functools.partial(show, key=value)(other=value))
print("after:", sys.getrefcount(value) - base)

call = functools.partial(show, key=value)
call()
call()
gc.collect()
before = gc.get_count()[0]
call()
print("gen 0:", gc.get_count()[0] - before)
