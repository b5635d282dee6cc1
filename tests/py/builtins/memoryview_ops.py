import array, sys, struct

m = memoryview(b"abcdefgh")
print(m[0], m[-1], m[2:5].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[5:2:-1].tolist())
s = m[::2]
print(s.shape, s.strides, s.c_contiguous, s.contiguous, s.nbytes, len(s), bytes(s))
print(m[1:1].tobytes(), m[1:1].shape, m[1:1].c_contiguous)
for key in (8, -9, 2**70, "a", 1.5, (0,), (0, 0), None):
    try:
        print(m[key])
    except (IndexError, TypeError, NotImplementedError, ValueError) as e:
        print(type(e).__name__, e)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del m[0]
except TypeError as e:
    print("TypeError:", e)

ba = bytearray(b"0123456789")
w = memoryview(ba)
w[0] = 65
w[1:3] = b"BC"
w[3:5] = bytearray(b"DE")
w[5:7] = memoryview(b"FG")
w[::3] = b"wxyz"
print(ba)
for key, val in ((0, 256), (0, -1), (0, "a"), (0, 1.0), (slice(0, 2), b"abc"), (slice(0, 2), "ab"),
                 (slice(0, 2), 5), (20, 1)):
    try:
        w[key] = val
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    del w[0:2]
except TypeError as e:
    print("TypeError:", e)
w[2:6] = w[0:4]
print(ba)

# typed items
a = array.array("i", [1, 2, 3, 4])
m = memoryview(a)
m[0] = -5
print(a, m[1], m.tolist())
for bad in (2**31, "x", 1.5):
    try:
        m[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = memoryview(array.array("d", [0.5, 1.5]))
d[0] = 3
print(d.tolist(), d[1])
try:
    d[0] = "x"
except TypeError as e:
    print("TypeError:", e)

# cast
m = memoryview(bytearray(range(16)))
c = m.cast("I")
print(c.format, c.itemsize, c.shape, c.tolist())
c2 = m.cast("B", shape=[2, 8])
print(c2.ndim, c2.shape, c2.strides, c2.tolist(), c2[1, 3])
c3 = m.cast("h", (2, 2, 2))
print(c3.shape, c3.strides, c3.tolist())
print(c2.cast("B").shape, c2.cast("c")[0:3].tolist())
for args in (("I", [3]), ("x",), ("B", [0, 16]), ("B", [4, 5]), ("ii",), ("<i",)):
    try:
        m.cast(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    c.cast("h")
except TypeError as e:
    print("TypeError:", e)
try:
    m[::2].cast("B")
except TypeError as e:
    print("TypeError:", e)
try:
    len(c2[0])
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    c2[0]
except NotImplementedError as e:
    print("NotImplementedError:", e)
z = memoryview(b"abcd").cast("i", shape=[])
print(z.ndim, z.shape, z.strides, z.tolist(), z[()], sys.getsizeof(z) > 0)
try:
    len(z)
except TypeError as e:
    print("TypeError:", e)
print(memoryview(b"ab").cast("c").tolist(), memoryview(b"\x00\x01").cast("?").tolist())

# tobytes / hex / tolist
x = memoryview(bytes(range(12))).cast("B", shape=[3, 4])
print(x.tobytes().hex(), x.tobytes("C").hex(), x.tobytes("F").hex(), x.tobytes("A").hex(), x.tobytes(None).hex())
try:
    x.tobytes("Z")
except ValueError as e:
    print("ValueError:", e)
h = memoryview(b"\xb9\x01\xef\x10")
print(h.hex(), h.hex(":"), h.hex(":", 2), h.hex(":", -3), h.hex(b"-", 1), h[::2].hex())
try:
    h.hex("::")
except ValueError as e:
    print("ValueError:", e)

# comparisons
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == bytearray(b"abc"), memoryview(b"abc") != b"abd")
print(memoryview(b"abc") == "abc", memoryview(b"abc") == memoryview(b"abc"), b"abc" == memoryview(b"abc"))
print(memoryview(array.array("i", [1, 2])) == [1, 2], memoryview(array.array("i", [1, 2])) == array.array("l", [1, 2]))
print(memoryview(array.array("i", [1, 2])) == array.array("i", [1, 3]))
nan = memoryview(array.array("d", [float("nan")]))
print(nan == nan, nan.tolist() == nan.tolist())
for op in ("<", "<=", ">", ">="):
    try:
        eval("memoryview(b'a') %s memoryview(b'b')" % op)
    except TypeError as e:
        print("TypeError:", e)

# hash
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"abcdef")[::2]) == hash(b"ace"))
for o in (memoryview(bytearray(b"x")), memoryview(array.array("i", [1])).toreadonly()):
    try:
        hash(o)
    except ValueError as e:
        print("ValueError:", e)
r = memoryview(bytearray(b"ro")).toreadonly()
print(r.readonly, r.tobytes())
try:
    r[0] = 1
except TypeError as e:
    print("TypeError:", e)
print({memoryview(b"k"): 1}[b"k"])

# iteration, len, bytes(), misc
print(list(memoryview(b"xyz")), [v for v in memoryview(array.array("h", [-1, 2]))], len(memoryview(b"12345")))
it = iter(memoryview(b"ab"))
print(type(it).__name__, next(it), list(it))
print(bytes(memoryview(b"abcdef")[1::2]), bytearray(memoryview(b"qq")), list(reversed(memoryview(b"abc"))))
print(b"-".join([memoryview(b"a"), memoryview(b"b")]), bytearray(b"x").join([memoryview(b"1"), b"2"]))
print(b"abc" + memoryview(b"d"), bytearray(b"q") + memoryview(b"r"), b"bc" in b"abcd", memoryview(b"bc").tobytes() in b"abcd")
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), bytes.fromhex("00") + memoryview(b"\x01"))
ba = bytearray(b"hello world")
print(ba.find(memoryview(b"wor")), ba.startswith(memoryview(b"he")), ba.replace(memoryview(b"l"), memoryview(b"L")))
ba.extend(memoryview(b"!!"))
print(ba, ba.split(memoryview(b" ")), ba.strip(memoryview(b"h!")))
print(struct.unpack_from("<H", memoryview(b"\x00\x01\x02"), 1), struct.unpack("<h", memoryview(b"\xff\xff")))
buf = bytearray(6)
struct.pack_into("<hI", memoryview(buf), 0, -2, 7)
print(buf)
import io, hashlib
bio = io.BytesIO(b"abcdef")
target = bytearray(4)
print(bio.readinto(memoryview(target)), target)
print(bio.readinto(memoryview(target)[1:]), target)
print(hashlib.sha256(memoryview(b"abc")).hexdigest()[:16])
hh = hashlib.md5(); hh.update(memoryview(b"xyz")); print(hh.hexdigest())
print(io.BytesIO(memoryview(b"init")).getvalue(), str(memoryview(b"x"))[:11], repr(memoryview(b"x"))[:12])
print(memoryview(b"ab").__class__, isinstance(memoryview(b""), memoryview))
try:
    class M(memoryview):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(memoryview(b"abc")), sys.getsizeof(memoryview(b"abc").cast("B", [1, 3])), memoryview(b"").__sizeof__())
print(memoryview(b"abc").cast("B", [1, 3]).__sizeof__())
print(sorted(n for n in dir(memoryview) if not n.startswith("__")))
print(memoryview.__doc__)
