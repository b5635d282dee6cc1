import sys
base = bytes(range(20))
ops = [(slice(0, 2), b""), (slice(0, 0), b"zz"), (slice(1, 3), b"abcdef"), (slice(None, None, 2), bytes(10)), (slice(5, 2), b"Q"), (slice(-3, None), b""), (slice(None, None, -1), bytes(range(100, 120))), (slice(0, 10), bytearray(b"ba"))]
for s, v in ops:
    b = bytearray(base)
    b[s] = v
    print(s, bytes(b), b.__alloc__(), sys.getsizeof(b))
for s in [slice(0, 5), slice(None, None, 3), slice(-5, None), slice(None, None, -4), slice(3, 3)]:
    b = bytearray(base)
    del b[s]
    print("del", s, bytes(b), b.__alloc__())
b = bytearray(base)
for i in range(15):
    del b[0]
    print(sys.getsizeof(b), end=" ")
print()
b = bytearray(b"abcdef")
b[1:3] = b
print(b)
for bad in [lambda: b.__setitem__(slice(0, 1), 1), lambda: b.__setitem__(slice(0, 1), "a"), lambda: b.__setitem__(slice(0, 3, 2), b"a"), lambda: b.__delitem__(50), lambda: b.__getitem__(50), lambda: b.__getitem__("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
