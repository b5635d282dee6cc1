import array, sys, gc

# construction
for src in (b"abcdef", bytearray(b"xyz"), array.array("i", [1, -2, 3]), array.array("d", [1.5, 2.5]),
            array.array("B", [1, 2, 255]), array.array("h", [-1, 7])):
    m = memoryview(src)
    print(type(src).__name__, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes,
          m.readonly, m.c_contiguous, m.f_contiguous, m.contiguous, m.suboffsets, len(m), m.tolist())
    print(m.obj is src, bytes(m), m.tobytes() == bytes(m))
    m2 = memoryview(m)
    print(m2.obj is src, m2 == m, m2 is m)
    m.release()
    print(m2.tolist() == memoryview(src).tolist())
    m2.release()

try:
    memoryview(5)
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview()
except TypeError as e:
    print("TypeError:", e)
m = memoryview(object=b"kw")
print(m.tobytes(), type(m), type(m).__name__, memoryview.__name__)

# export lock
ba = bytearray(b"hello")
m = memoryview(ba)
for op in (lambda: ba.append(1), lambda: ba.extend(b"xy"), lambda: ba.pop(), lambda: ba.clear(),
           lambda: ba.__delitem__(0), lambda: ba.__iadd__(b"z"), lambda: ba.insert(0, 1),
           lambda: ba.remove(104), lambda: ba.__setitem__(slice(0, 2), b"abc")):
    try:
        op()
        print("no error", ba)
    except BufferError as e:
        print("BufferError:", e)
ba[0:2] = b"HE"
ba[4] = ord("O")
print(ba, m.tobytes())
m[1] = ord("x")
print(ba)
m.release()
ba.append(33)
print(ba)
print(repr(m).startswith("<released memory at 0x"))
with memoryview(ba) as m:
    try:
        ba.append(1)
    except BufferError as e:
        print("BufferError:", e)
    print(repr(m)[:10])
print(repr(m)[:19])
ba.append(1)
print(len(ba))
for attr in ("tobytes", "tolist", "hex", "cast"):
    try:
        getattr(m, attr)("B") if attr == "cast" else getattr(m, attr)()
    except ValueError as e:
        print("ValueError:", e)
for attr in ("obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
             "suboffsets", "c_contiguous", "f_contiguous", "contiguous"):
    try:
        getattr(m, attr)
    except ValueError as e:
        print(attr, "ValueError:", e)
try:
    len(m)
except ValueError as e:
    print("len ValueError:", e)
try:
    m[0]
except ValueError as e:
    print("getitem ValueError:", e)
try:
    with m:
        pass
except ValueError as e:
    print("with ValueError:", e)
m.release()
print(m == m, m != m)

# two views, release one
ba = bytearray(3)
a = memoryview(ba)
b = a[1:]
a.release()
try:
    ba.append(0)
except BufferError as e:
    print("still locked:", e)
b.release()
ba.append(0)
print(ba)

# array export lock
arr = array.array("i", [1, 2])
m = memoryview(arr)
try:
    arr.append(3)
except BufferError as e:
    print("BufferError:", e)
m[0] = 10
print(arr)
del m
arr.append(3)
print(arr)
