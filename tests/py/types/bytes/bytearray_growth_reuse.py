# A bytearray's data block grows, shrinks and is reused across many resizes: contents and
# __alloc__() after each step, including growth after a shrink (the bytes past the old end
# must read as zero where an operation exposes them, e.g. slice assignment then *=).
b = bytearray()
log = []
for i in range(3000):
    b += bytes([i % 251]) * (i % 37)
    if i % 97 == 0:
        del b[len(b) // 3 :]
    if i % 211 == 0:
        b[10:20] = b"\xff" * 50
    if i % 389 == 0:
        b *= 2
    if i % 500 == 0:
        b.extend(range(200))
        b.pop()
        b.insert(5, 7)
    if i % 700 == 0:
        del b[:100]
    log.append((len(b), b.__alloc__(), sum(b) % 65521, b[-5:].hex()))
for entry in log[::150]:
    print(entry)
print(log[-1], bytes(b[:40]).hex())
c = bytearray(b"x" * 1000)
c.clear()
c += b"ab"
print(c, c.__alloc__())
c.extend(b"\x01" * 5000)
del c[2:]
c.extend(bytes(10))
print(c, c.__alloc__())
d = bytearray(100)
d[:] = b""
d.append(9)
d.extend(b"z" * 300)
del d[50:]
d.extend(bytearray(20))
print(d.count(0), d.__alloc__(), bytes(d[-25:]))
