# sys.unraisablehook and sys.__unraisablehook__ exist and are the same default hook; a program's
# own hook receives UnraisableHookArgs for errors in __del__, a generator's close and a
# weakref callback; a hook that raises is reported by the default one ("Exception ignored in
# sys.unraisablehook"); the default hook checks its argument's type.
import io
import re
import sys
import weakref

print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
seen = []


def hook(unraisable):
    seen.append((unraisable.exc_type.__name__, str(unraisable.exc_value), unraisable.err_msg,
                 type(unraisable.object).__name__, unraisable.exc_traceback is not None))


class Resource:
    def __del__(self):
        raise ValueError("cleanup failed")


def numbers():
    try:
        yield 1
    finally:
        raise TypeError("in finally")


class Target:
    pass


sys.unraisablehook = hook
r = Resource()
del r
g = numbers()
next(g)
del g
t = Target()
ref = weakref.ref(t, lambda wr: 1 / 0)
del t
for entry in seen:
    print(entry)
print(type(sys.unraisablehook).__name__, sys.unraisablehook is hook)


def broken(unraisable):
    raise RuntimeError("hook broke")


# The default hook writes to sys.stderr: capture it to leave out the addresses it shows.
sys.stderr = captured = io.StringIO()
sys.unraisablehook = broken
r = Resource()
del r
sys.unraisablehook = sys.__unraisablehook__
r = Resource()
del r
try:
    sys.__unraisablehook__(42)
except TypeError as e:
    print(e)
del sys.unraisablehook
r = Resource()
del r
sys.stderr = sys.__stderr__
print(re.sub("0x[0-9a-f]+", "0x...", captured.getvalue()), end="")
print("end")
