import sys
for b in [b"", b"a", b"abc", bytes(100), bytes(1000)]:
    print(len(b), sys.getsizeof(b), b.__sizeof__())
for ba in [bytearray(), bytearray(b"abc"), bytearray(10), bytearray([1, 2, 3]), bytearray(range(40)), bytearray(b"ab") * 5]:
    print(len(ba), sys.getsizeof(ba), ba.__alloc__())
b = bytearray()
sizes = []
for i in range(100):
    b.append(i)
    sizes.append(sys.getsizeof(b))
print(sizes)
class B(bytes):
    pass
print(B(b"abc").__sizeof__(), sys.getsizeof(iter(b"ab")), sys.getsizeof(iter(bytearray())))
