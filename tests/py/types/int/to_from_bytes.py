# int.to_bytes / int.from_bytes with both byte orders, signed and unsigned.
for v in (0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, 2**64 - 1, -(2**63)):
    for n in (0, 1, 2, 8, 9):
        for order in ("big", "little"):
            for signed in (False, True):
                try:
                    r = v.to_bytes(n, order, signed=signed)
                except OverflowError as e:
                    r = str(e)
                print(v, n, order, signed, r)
print((1).to_bytes(), (1024).to_bytes(2), (1024).to_bytes(length=4, byteorder="little"))
for data in (b"", b"\x00", b"\xff", b"\xff\x00", b"\x80\x00\x00\x01", bytes(range(1, 11)), bytearray(b"\x01\x02"), [1, 2, 3]):
    print(int.from_bytes(data), int.from_bytes(data, "little"), int.from_bytes(data, signed=True),
          int.from_bytes(data, "little", signed=True))
print(bool.from_bytes(b"\x01"), bool.from_bytes(b"\x00"))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x01\x00", "big")
print(r, type(r).__name__)
for bad in [lambda: (1).to_bytes(-1), lambda: (1).to_bytes(2, "middle"), lambda: int.from_bytes("ab"),
            lambda: int.from_bytes([256]), lambda: int.from_bytes(5), lambda: (-1).to_bytes(2)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
