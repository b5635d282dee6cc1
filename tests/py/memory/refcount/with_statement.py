# A with block keeps the context manager's __exit__ while it runs.
import sys


class CM:
    def __enter__(self):
        print("enter: cm refs", sys.getrefcount(self))
        return self

    def __exit__(self, *exc):
        print("exit: cm refs", sys.getrefcount(self))
        return False


cm = CM()
print("before:", sys.getrefcount(cm))
with cm as bound:
    print("inside (bound name too):", sys.getrefcount(cm))
print("after (bound name remains):", sys.getrefcount(cm))
del bound
print("after del bound:", sys.getrefcount(cm))
with CM():
    pass


class Resource:
    pass


res = Resource()


class Opener:
    def __enter__(self):
        return res

    def __exit__(self, *a):
        return True


with Opener() as r:
    print("resource inside:", sys.getrefcount(res))
    raise ValueError("swallowed")
print("resource after:", sys.getrefcount(res))
