# Python code that runs in the middle of a container's deallocation: a __del__ of an item of a
# list or dict being freed, and a weak reference's callback for an object a list being freed held
# last. (The trace recorder's verify mode checks the container's state at the steps inside them;
# a property getter, Python code called from native code with nothing being freed, comes last.)
import sys
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        note = "del " + self.name
        print(note)


items = [Noisy("a"), Noisy("b"), Noisy("c")]
table = {"x": Noisy("x"), "y": Noisy("y")}
del items
del table


class Target:
    pass


def gone(ref):
    msg = "callback"
    print(msg, ref() is None)


holder = [Target(), Target()]
refs = [weakref.ref(x, gone) for x in holder]
del holder
print(len(refs), [r() for r in refs])
del refs


class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        tmp = [self._v]
        return tmp[0] + 1


p = P(1)
total = 0
for i in range(5):
    total += p.v
print(total, sys.getrefcount(p))
