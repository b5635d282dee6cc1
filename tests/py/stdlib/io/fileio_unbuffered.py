# open(..., buffering=0) in binary mode gives the raw io.FileIO; io.FileIO itself; `from io import *`.
import io
import os
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "raw.bin")
with open(p, "wb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd, sys.getsizeof(f), f.write(b"abc\ndef\n"))
    print(isinstance(f, io.RawIOBase), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase))
    print(repr(f) == f"<_io.FileIO name={p!r} mode='wb' closefd=True>")
f = open(p, "rb", buffering=0)
print(f.read(2), f.readall(), f.readinto(bytearray(2)), f.seek(0), f.readline(), list(f), f.tell())
f.close()
print(f, f.closed)
for m in ["t", "rt", "rb", "r+", "w", "ab", "a+b"]:
    try:
        g = io.FileIO(p, m)
        print(m, g.mode, g.readable(), g.writable(), g.seekable())
        g.close()
    except ValueError as e:
        print(m, type(e).__name__, e)
try:
    open(p, "r", buffering=0)
except ValueError as e:
    print(e)
try:
    open(p, "rb", buffering="x")
except TypeError as e:
    print(e)
print(open(p, buffering=1).read())
os.remove(p)
os.rmdir(d)

from io import *  # noqa: E402, F403

print(FileIO, BufferedRWPair)  # noqa: F405
pair = BufferedRWPair(BytesIO(b"hello"), BytesIO())  # noqa: F405
print(pair.read(2), pair.write(b"xy"), pair.readable(), pair.writable(), pair.closed, pair.read())
pair.close()
print(pair.closed)
try:
    BufferedRWPair(BytesIO(), open(__file__))  # noqa: F405
except io.UnsupportedOperation as e:
    print(e)
