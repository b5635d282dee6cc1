# WeakValueDictionary and WeakKeyDictionary are MutableMapping subclasses, WeakSet a registered
# MutableSet: the ABC mixins apply and isinstance checks see them.
import collections.abc as abc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"


print([c.__name__ for c in weakref.WeakValueDictionary.__mro__])
print([c.__name__ for c in weakref.WeakKeyDictionary.__mro__])
print(type(weakref.WeakValueDictionary).__name__, type(weakref.WeakSet).__name__)
print(isinstance(weakref.WeakSet(), abc.MutableSet), isinstance(weakref.WeakSet(), abc.Set))
print(issubclass(weakref.WeakSet, abc.Set), issubclass(weakref.WeakSet, abc.Hashable))
for cls in (weakref.WeakValueDictionary, weakref.WeakKeyDictionary):
    print(cls.__name__, isinstance(cls(), abc.Mapping), isinstance(cls(), dict))

objs = [Obj(i) for i in range(4)]
v = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
print(sorted(v.keys()), len(v), 2 in v, v.get(9, "none"))
print(v == {0: objs[0], 1: objs[1], 2: objs[2], 3: objs[3]}, v != {})
print(sorted(v.items()) == sorted(enumerate(objs)))
print(v.pop(0), v.setdefault(1, None), sorted(v))
del objs[3]
print(sorted(v))
k = weakref.WeakKeyDictionary({o: o.n for o in objs})
print(sorted(k.values()), k == {o: o.n for o in objs})
print(sorted(x.n for x in k.keys()), objs[0] in k)
k.update([(objs[0], 100)])
print(k[objs[0]])
print(reversed.__name__, getattr(weakref.WeakValueDictionary, "__reversed__", "missing"))
print(weakref.WeakKeyDictionary.__abstractmethods__, weakref.WeakValueDictionary.__abstractmethods__)
