data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -3), data.hex(b"|", 4), b"".hex(":"), bytearray(b"\x01\x02").hex())
print(bytes.fromhex("0a0B ff"), bytes.fromhex(" 01 \t\n02 "), bytearray.fromhex("deadbeef"), bytes.fromhex(""))
for bad in [lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes.fromhex("0 1"), lambda: bytes.fromhex(b"01"), lambda: data.hex("::"), lambda: data.hex("é"), lambda: data.hex(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(type(bytearray.fromhex("00")).__name__)
