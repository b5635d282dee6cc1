# _compat_pickle's tables equal python3's, and bytes in protocols 0-2 pickle as _codecs.encode(text, "latin1")
# through the Python pickler too (an instance's state), unpickled with Python 2 names mapped.
import _compat_pickle as c, pickle, sys
for n in ("IMPORT_MAPPING", "NAME_MAPPING", "REVERSE_IMPORT_MAPPING", "REVERSE_NAME_MAPPING"):
    d = getattr(c, n)
    print(n, len(d), hash(tuple(sorted(d.items(), key=repr))) if False else sorted(d.items(), key=repr)[:3], sum(len(repr(kv)) for kv in d.items()))
class B(bytes): pass
class Holder:
    def __init__(self): self.b = b"\x00\xffab"; self.e = b""
for proto in range(6):
    d = pickle.dumps(Holder(), protocol=proto)
    h = pickle.loads(d)
    print(proto, d if proto < 3 else len(d), h.b, h.e)
print(pickle.dumps(b"xy", protocol=2), pickle.loads(pickle.dumps(b"xy", protocol=1)))
print(pickle.loads(b"c__builtin__\nxrange\n."), pickle.loads(b"cUserDict\nUserDict\n."))
print(pickle.dumps(range(3), protocol=2, fix_imports=True))
