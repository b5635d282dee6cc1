# WeakValueDictionary exposes its KeyedRef objects.
import weakref


class V:
    pass


d = weakref.WeakValueDictionary()
v1, v2 = V(), V()
d["a"] = v1
d["b"] = v2
refs = d.valuerefs()
print("valuerefs:", sorted(r.key for r in refs), all(isinstance(r, weakref.ref) for r in refs))
print("KeyedRef type:", type(refs[0]).__name__)
print("itervaluerefs:", sorted(r.key for r in d.itervaluerefs()))
print("keyed ref resolves:", dict((r.key, r() is v1) for r in refs))
del v1
print("after death:", sorted(d), [r() is None for r in refs if r.key == "a"])
