# Argument errors of os, time and file seek read as CPython 3.11's: an int argument given a str or
# float says "'str' object cannot be interpreted as an integer"; time's no-argument functions name
# their module ("time.time() takes no arguments (1 given)"); a text file compares its seek cookie
# with 0 first.
import io
import os
import time

calls = [
    (os.umask, ("x",)), (os.umask, (2.0,)), (os.strerror, ("x",)),
    (time.time, (1,)), (time.monotonic, (1,)), (time.perf_counter, (1,)), (time.time_ns, (1,)),
    (time.process_time, (1, 2)),
]
for f, args in calls:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, e)
try:
    time.time(x=1)
except TypeError as e:
    print(e)
for mode in ("r", "rb"):
    with open(__file__, mode) as fh:
        for cookie in ("x", 1.5, None):
            try:
                fh.seek(cookie)
            except TypeError as e:
                print(mode, repr(cookie), e)
with io.BytesIO(b"abc") as b:
    try:
        b.seek("x")
    except TypeError as e:
        print("BytesIO", e)


class Index:
    """An int argument given through __index__, as CPython's converters accept it."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


with open(__file__, "rb") as fh:
    fh.seek(Index(3))
    print("seek by __index__:", fh.tell())
print("access by __index__:", os.access(__file__, Index(os.R_OK)))
