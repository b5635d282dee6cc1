import struct

data = struct.pack("<5h", 1, 2, 3, 4, 5)
it = struct.iter_unpack("<h", data)
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(list(it))
print([x for (x, y) in struct.iter_unpack("<bb", b"\x01\x02\x03\x04")])
for args in [("", b""), ("<h", b"abc"), ("<i", b"12345")]:
    try:
        list(struct.iter_unpack(*args))
    except struct.error as e:
        print("struct.error:", e)
print(list(struct.iter_unpack("<i", b"")))
print(iter(it) is it)
