# ChainMap: lookups through the chain, writes to the first map, new_child/parents
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), list(cm), dict(cm))
print(cm, cm.maps, "color" in cm, cm.get("nope", 0))
cm["color"] = "blue"
print(env, defaults)
child = cm.new_child({"depth": 1})
print(child, child.parents, child["depth"])
print(cm.new_child(), cm.new_child(extra=True))
try:
    del cm["user2"]
except KeyError as e:
    print("KeyError", e)
print(cm.pop("color"), cm)
try:
    ChainMap({}, {"a": 1}).popitem()
except KeyError as e:
    print("KeyError", e)
print(ChainMap.fromkeys("ab", 1), ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})))
c2 = cm.copy()
c2["new"] = 1
print(cm, c2)
print(cm | {"z": 1}, {"z": 1} | cm)
cm |= {"w": 2}
print(cm)
r = ChainMap()
r.maps[0]["me"] = r
print(r)
