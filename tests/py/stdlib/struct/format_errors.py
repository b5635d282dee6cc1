import struct

for fmt in ["3 h", "h 3", "3", "z", "<n", "=P", ">N", "i0", "!!i", "@@", "ii<", "4 ", "%", "1e"]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "struct.error:", e)
for bad in [1, None, 2.5, ["i"]]:
    try:
        struct.calcsize(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        struct.Struct(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    struct.pack()
except TypeError as e:
    print("TypeError:", e)
print(struct.calcsize(b"<ih"), struct.pack(b">h", 1))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__, struct.error)
