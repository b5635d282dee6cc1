import zlib
for kw in [dict(wbits=8), dict(wbits=9), dict(wbits=-8), dict(wbits=-9), dict(wbits=24), dict(wbits=25), dict(wbits=31), dict(wbits=32), dict(wbits=0), dict(level=-2)]:
    try: c = zlib.compress(b"hello hello", **kw); print(kw, c.hex())
    except Exception as e: print(kw, type(e).__name__, e)
for wb in [0, 8, 9, 15, 16, 31, 32, 47, 48, -8, -15, -16, 40]:
    try: print(wb, zlib.decompress(zlib.compress(b"abc"), wb))
    except Exception as e: print(wb, type(e).__name__, e)
for args in [(9, 8, 15, 10, 0), (9, 8, 15, 0, 0), (9, 7, 15, 8, 0), (9, 8, 15, 8, 5), (10,)]:
    try: zlib.compressobj(*args); print(args, "ok")
    except Exception as e: print(args, type(e).__name__, e)
d = zlib.decompressobj()
print(d.decompress(b"garbage\x00" * 3) if False else "")
try: d.decompress(b"\x78\x9c\xff\xff")
except zlib.error as e: print(e)
c = zlib.compressobj(); c.compress(b"x" * 100000)
print(len(c.flush(zlib.Z_FULL_FLUSH)), len(c.flush(zlib.Z_SYNC_FLUSH)), len(c.flush(zlib.Z_PARTIAL_FLUSH)), len(c.flush(zlib.Z_BLOCK)), len(c.flush()))
d = zlib.decompressobj(); data = zlib.compress(bytes(range(256)) * 50)
out = b""
while data:
    out += d.decompress(data, 100); data = d.unconsumed_tail
print(len(out), d.eof, zlib.adler32(out), zlib.crc32(out, 2**40), zlib.adler32(b"a", -1))
print(zlib.decompress(bytearray(zlib.compress(b"ba"))), zlib.compress(memoryview(b"mv")).hex(), zlib.crc32(memoryview(b"abc")[1:]))
