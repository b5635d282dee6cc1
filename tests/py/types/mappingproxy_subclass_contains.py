# mappingproxy over a dict subclass: `in` goes through the subclass's __contains__
# (only an exact dict uses the fast path); the type supports [] (PEP 585).
import types


class customdict(dict):
    def __contains__(self, key):
        return key == "magic" or dict.__contains__(self, key)

    def __iter__(self):
        return iter(("iter",))

    def __len__(self):
        return 500

    def __getitem__(self, key):
        return "getitem=%s" % dict.__getitem__(self, key)

    def get(self, key, default=None):
        return "get=%s" % dict.get(self, key, "default=%r" % default)


v = types.MappingProxyType(customdict({"key": "value"}))
print("magic" in v, "key" in v, "x" in v)
print(list(v), len(v), v["key"], v.get("key"), v.get("nokey"), v.get("nokey", 3))
p = types.MappingProxyType({"a": 1})
print("a" in p, "magic" in p)
print(types.MappingProxyType[str, int])
print(sorted(a for a in vars(types.MappingProxyType) if not a.startswith("__") or a == "__class_getitem__"))
