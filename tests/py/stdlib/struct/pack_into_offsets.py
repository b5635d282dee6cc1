import struct

buf = bytearray(10)
struct.pack_into("<hh", buf, 2, 1, 2)
print(buf)
struct.pack_into(">i", buf, -4, 0x01020304)
print(buf)
for args in [("<i", buf, 8, 1), ("<i", buf, -12, 1), ("<i", buf, -2, 1), ("<i", buf), ("<i", buf, 0), ("<i",)]:
    try:
        struct.pack_into(*args)
    except struct.error as e:
        print("struct.error:", e)
for target in [b"immutable", "str"]:
    try:
        struct.pack_into("b", target, 0, 1)
    except TypeError as e:
        print("TypeError:", e)
b2 = bytearray(4)
try:
    struct.pack_into("<bb", b2, 0, 1, 1000)
except struct.error as e:
    print("struct.error:", e, b2)
