import io
import struct
from array import array

a = array("h", [1, 2, 3])
f = io.BytesIO()
a.tofile(f)
print(f.getvalue())
f.seek(0)
b = array("h")
b.fromfile(f, 2)
print(b)
try:
    b.fromfile(f, 5)
except EOFError as e:
    print("EOFError", e, b)
try:
    b.fromfile(f, -1)
except ValueError as e:
    print("ValueError", e)
print(bytes(a), bytearray(a), struct.unpack("<3h", a))
buf = array("b", [0] * 8)
struct.pack_into("<hh", buf, 2, -1, 300)
print(buf)
ints = array("I", [0, 0])
io.BytesIO(b"\x01\x00\x00\x00\x02\x00\x00\x00").readinto(ints)
print(ints)
print(array("d", [1.0]).tobytes() == struct.pack("<d", 1.0), b"".join([array("B", [65, 66])]))
