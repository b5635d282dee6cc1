# Cycles mixing lists, dicts, tuples and instances.
import gc


class Obj:
    pass


gc.collect()
o = Obj()
o.data = {"items": [o, (o,)]}
del o
print("instance -> dict -> list/tuple -> instance:", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple <-> list:", gc.collect())
outer = {"a": [], "b": []}
outer["a"].append(outer["b"])
outer["b"].append(outer["a"])
del outer
print("two lists in a cycle inside a dict (dict itself is not in the cycle):", gc.collect())
