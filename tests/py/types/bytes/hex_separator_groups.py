# bytes.hex / binascii.hexlify with a separator every n bytes, counted from the right (n > 0) or
# the left (n < 0), for empty, short and long inputs and for bytes-like objects; and the errors.
import binascii
for data in [b"", b"\x00", b"\xff\x01", bytes(range(7)), bytes(range(256)), bytearray(b"abcdefgh"), memoryview(b"xyz\x80")]:
    print(data.hex())
    for sep in [":", b"-", " "]:
        for per in [1, 2, 3, -1, -2, -3, 0, 8, -8, 100, -100]:
            print(repr(sep), per, data.hex(sep, per), binascii.hexlify(bytes(data), sep, per))
for bad in [("ab",), ("é",), (1,)]:
    try: b"ab".hex(*bad)
    except Exception as e: print(type(e).__name__, e)
try: b"ab".hex(":", 2**70)
except Exception as e: print(type(e).__name__, e)
big = bytes(range(256)) * 4000
print(len(big.hex()), big.hex()[-10:], len(big.hex(":", 3)), big.hex(":", 3)[:20], big.hex("_", -5)[-20:])
