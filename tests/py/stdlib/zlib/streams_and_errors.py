import zlib, random
random.seed(5)
text = (" ".join(random.choice(["alpha","beta","gamma","delta","eps"]) for _ in range(5000))).encode()
for lvl in (-1, 0, 1, 5, 9):
    c = zlib.compress(text, lvl)
    print(lvl, len(c), zlib.crc32(c), zlib.decompress(c) == text)
print(zlib.crc32(b"hello world"), zlib.adler32(b"hello world"), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.crc32(b""), zlib.adler32(b""), hex(zlib.crc32(text)), zlib.adler32(text, 12345))
print(zlib.compress(b"hello hello hello hello"))
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(text[i:i+1000]) for i in range(0, len(text), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"more"))
parts.append(co.flush())
raw = b"".join(parts)
print([len(p) for p in parts], zlib.crc32(raw))
d = zlib.decompressobj(-12)
out = b""
buf = raw + b"TRAILING"
while buf:
    out += d.decompress(buf[:500], 300)
    buf = d.unconsumed_tail + buf[500:] if not d.eof else b""
    if d.eof: break
out += d.flush()
print(out == text + b"more", d.eof, d.unused_data, d.unconsumed_tail)
g = zlib.compressobj(wbits=31)
gz = g.compress(b"gzip data" * 10) + g.flush()
print(gz.hex())
print(zlib.decompress(gz, 47))
zd = b"alpha beta gamma"
c = zlib.compressobj(zdict=zd); x = c.compress(b"alpha beta gamma delta") + c.flush()
print(x.hex())
dd = zlib.decompressobj(zdict=zd); print(dd.decompress(x))
try: zlib.decompress(x)
except zlib.error as e: print(e)
c1 = zlib.compressobj(); c1.compress(b"abc"*100); c2 = c1.copy(); print(c1.flush() == c2.flush())
d1 = zlib.decompressobj(); d1.decompress(gz[:0]); 
for f in [lambda: zlib.compress('x'), lambda: zlib.compress(b'x', 12), lambda: zlib.decompress(b'xyz'), lambda: zlib.decompress(zlib.compress(b'hello')[:-3]), lambda: zlib.compressobj(wbits=3), lambda: zlib.decompressobj(wbits=3), lambda: zlib.decompress(b'x',wbits=3), lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.decompressobj().flush(0), lambda: zlib.crc32('a'), lambda: zlib.compress(b'a', level='x'), lambda: zlib.decompressobj(zdict='abc'), lambda: zlib.decompress(b'x\x9c\x01\x02')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
c = zlib.compressobj(); print(type(c)); c.compress(b'a'); c.flush()
for f in (lambda: c.compress(b'x'), c.flush):
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(zlib.error, zlib.MAX_WBITS, zlib.ZLIB_VERSION)
