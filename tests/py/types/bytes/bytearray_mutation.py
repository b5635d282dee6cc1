import sys
b = bytearray(b"hello")
b.append(33)
b.extend(b" world")
b.extend([1, 2])
b.extend(range(3))
b.insert(0, 62)
b.insert(-1, 63)
b.insert(100, 64)
print(b, len(b), b.__alloc__(), sys.getsizeof(b))
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(108)
b.reverse()
print(b)
b[0] = 65
b[1:3] = b"XYZ"
b[-2:] = []
b[::2] = bytes(len(b[::2]))
del b[0]
del b[1:3]
del b[::3]
print(b, b.__alloc__(), sys.getsizeof(b))
b += b"++"
b *= 2
print(b, b.__alloc__())
b.clear()
print(b, b.__alloc__(), sys.getsizeof(b))
c = bytearray(b"abcdef")
c2 = c.copy()
c2[0] = 122
print(c, c2, c is c2)
for bad in [lambda: b.pop(), lambda: c.pop(10), lambda: c.remove(120), lambda: c.remove(300), lambda: c.append(256), lambda: c.append("a"), lambda: c.insert(1), lambda: c.extend(1), lambda: c.extend("ab"), lambda: c.__setitem__(0, 256)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
