import gzip, os, tempfile, zlib, io
data = b"The quick brown fox jumps over the lazy dog\n" * 50
c = gzip.compress(data, mtime=0)
print(c[:12].hex(), len(c), zlib.crc32(c))
print(gzip.compress(b"abc", 1, mtime=1234567890).hex())
print(gzip.compress(b"abc", 6, mtime=0).hex())
print(gzip.decompress(c + gzip.compress(b"second", mtime=0)) [-20:])
try: gzip.decompress(b"notgzip")
except gzip.BadGzipFile as e: print("bad", e)
try: gzip.decompress(c[:-10])
except EOFError as e: print("eof", e)
bad = bytearray(c); bad[-6] ^= 1
try: gzip.decompress(bytes(bad))
except gzip.BadGzipFile as e: print("crc", e)
d = tempfile.mkdtemp()
p = os.path.join(d, "x.txt.gz")
with gzip.open(p, "wb") as f:
    f.write(b"line one\nline two\n")
    f.write(b"line three\n")
with open(p, "rb") as f: raw = f.read()
print(raw[:3].hex(), raw[3], raw[10:20])
with gzip.open(p, "rb") as f:
    for line in f: print(line)
with gzip.open(p, "rt", encoding="utf-8") as f:
    print(f.read())
with gzip.open(p, "wt") as f:
    f.write("hello text\n")
print(gzip.open(p).read())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"in memory")
print(buf.getvalue().hex())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as g: print(g.read(), g.mtime)
