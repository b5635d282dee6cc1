def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    a = 1
mp = C.__dict__
print(type(mp).__name__, mp["a"], "a" in mp, mp.get("zz", "default"), len(mp) > 0)
def set_it():
    mp["b"] = 2
def del_it():
    del mp["a"]
attempt(set_it)
attempt(del_it)
import types
p = types.MappingProxyType({"k": 1})
print(p, repr(p), p | {"j": 2}, list(p.keys()), list(p.values()), list(p.items()), p.copy())
attempt(types.MappingProxyType, [1])
attempt(types.MappingProxyType)
print(p == {"k": 1}, list(reversed(p)))
attempt(hash, p)
