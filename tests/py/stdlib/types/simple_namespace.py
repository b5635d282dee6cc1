# types.SimpleNamespace and MappingProxyType
import types

ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 3
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b=[2], c=3))
del ns.a
print(ns, types.SimpleNamespace())
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0), mp.copy())
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
