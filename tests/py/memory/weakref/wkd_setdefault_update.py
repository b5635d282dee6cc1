# WeakKeyDictionary setdefault/update/copy/keyrefs.
import weakref


class K:
    pass


a, b = K(), K()
d = weakref.WeakKeyDictionary()
print(d.setdefault(a, 1), d.setdefault(a, 2))
d.update({b: 3})
d.update([(b, 4)])
print(sorted(d.values()), len(d.keyrefs()))
c = d.copy()
print(type(c).__name__, len(c))
del a
print(len(d), len(c))
print("popitem:", d.popitem()[1], len(d))
