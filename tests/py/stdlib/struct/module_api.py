import struct

print(struct.__all__)
print(sorted(n for n in dir(struct) if not n.startswith("__")))
print(struct.Struct.__name__, struct.Struct.__module__ if hasattr(struct.Struct, "__module__") else None)
struct._clearcache()
print(struct.calcsize("i"), struct.__doc__.splitlines()[0])
print(type(struct.iter_unpack("b", b"")).__name__)
