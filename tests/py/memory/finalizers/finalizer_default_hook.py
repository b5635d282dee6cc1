# The default unraisable hook prints "Exception ignored in: <repr>" and the traceback to stderr.
class Callback:
    def __repr__(self):
        return "<Callback>"

    def __call__(self, wr):
        raise KeyError("in callback")


import weakref


class Target:
    pass


t = Target()
r = weakref.ref(t, Callback())
del t
print("after the callback failed")
