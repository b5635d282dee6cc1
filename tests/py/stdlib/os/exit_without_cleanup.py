# os._exit ends the process at once: no finally blocks, no except clauses, no atexit handlers,
# no __del__ of what is still alive, and text sys.stdout still buffers is lost (stderr is not
# buffered). Its argument is checked as a C int first.
import atexit
import os
import sys

atexit.register(lambda: print("atexit ran", file=sys.stderr))


class Resource:
    def __del__(self):
        print("__del__ ran", file=sys.stderr)


r = Resource()
for bad in ["x", 2**40, None]:
    try:
        os._exit(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e, file=sys.stderr)
try:
    os._exit()
except TypeError as e:
    print("TypeError", e, file=sys.stderr)
print("written to stdout's buffer")
sys.stderr.write("about to exit\n")


def deep(n):
    if n == 0:
        try:
            os._exit(300)
        finally:
            print("finally ran", file=sys.stderr)
    return deep(n - 1)


try:
    deep(20)
except BaseException as e:
    print("caught", type(e).__name__, file=sys.stderr)
