print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(5)), bytes(b"ab"), bytes(bytearray(b"cd")), bytes("é", "utf-8"), bytes("é", "ascii", "replace"), bytes(iter([97, 98])))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()), bytes(source=b"x"))
for bad in [lambda: bytes("abc"), lambda: bytes(1, "ascii"), lambda: bytes(encoding="ascii"), lambda: bytes(errors="strict"), lambda: bytes("a", errors="strict"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(b"ab", "ascii")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __bytes__(self):
        return "no"
try:
    bytes(Bad())
except TypeError as e:
    print(e)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b"xy"), bytearray("é", "utf-8"), bytearray(range(3)), bytearray(iter(b"ab")))
for bad in [lambda: bytearray("abc"), lambda: bytearray(-1), lambda: bytearray(1, "ascii"), lambda: bytearray([300]), lambda: bytearray(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
