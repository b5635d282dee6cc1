import itertools
import weakref

a, b = itertools.tee(range(3))
dead = []
r = weakref.ref(a, lambda ref: dead.append("callback"))
print(r() is a, list(a))
del a
print(r(), dead, list(b))
