# atexit: unregister removes every registration of an equal function (the count does not
# shrink in 3.11), SystemExit and KeyboardInterrupt inside callbacks are reported, not obeyed,
# and sys.exit's status from the main program is kept.
import atexit
import sys


class Named:
    def __init__(self, name, action):
        self.name = name
        self.action = action

    def __call__(self):
        print(self.name)
        self.action()

    def __repr__(self):
        return f"<{self.name}>"


def interrupted():
    raise KeyboardInterrupt


stop = Named("stop", lambda: sys.exit(3))
interrupt = Named("interrupt", interrupted)


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


class Callable:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self):
        print("instance", self.tag)

    def __eq__(self, other):
        return isinstance(other, Callable) and other.tag == self.tag

    __hash__ = None


base = atexit._ncallbacks()
atexit.register(stop)
atexit.register(interrupt)
atexit.register(show, 1, 2, z=3, a=0)
atexit.register(print, "removed")
atexit.register(show, "twice")
atexit.register(print, "removed too")
atexit.unregister(print)
atexit.register(print, "kept", "words", sep="-")
atexit.register(Callable("x"))
atexit.register(Callable("y"))
atexit.unregister(Callable("y"))
print(atexit._ncallbacks() - base)
atexit.unregister(len)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError", e)
print("main done")
sys.exit(4)
