# The objects open() returns have CPython 3.11's struct sizes: a TextIOWrapper is 192 bytes, a
# BufferedReader/Writer/Random 152 plus its buffer while open (the file's block size, 4096 here,
# or what buffering= asks), a FileIO 48; each has the 16-byte GC header. A buffered stream's
# raw FileIO is reachable as .raw.
import io
import os
import sys
import tempfile


def sizes(label, *objects):
    print(label, [type(o).__basicsize__ for o in objects], [sys.getsizeof(o) for o in objects])


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        sizes("wb", f, f.raw)
        print(f.raw.name == path, f.raw.mode, f.raw.closefd, f.raw.closed)
        f.write(b"hello world\n" * 10)
    sizes("wb closed", f, f.raw)
    print(f.closed, f.raw.closed)

    f = open(path, "rb")
    raw = f.raw
    print(type(raw).__name__, raw is f.raw, raw.readable(), raw.writable(), f.read(5))
    sizes("rb", f, raw)
    f.close()
    sizes("rb closed", f, raw)
    print(raw.closed, repr(raw))

    for mode, buffering in [("rb", 100), ("rb", 0), ("r+b", -1), ("ab", 20000), ("rb", 1)]:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with open(path, mode, buffering=buffering) as f:
                sizes(f"{mode} buffering={buffering}", f)

    with open(path) as t:
        sizes("r", t, t.buffer, t.buffer.raw)
        print(t.buffer.raw.mode, t.buffer.raw.name == path)
    sizes("r closed", t, t.buffer)
    with open(path, "w", buffering=1) as t:
        sizes("w line buffered", t, t.buffer)
    with open(path, "a", buffering=300) as t:
        sizes("a buffering=300", t, t.buffer)

print(sys.getsizeof(sys.stdout), sys.getsizeof(sys.stderr), sys.getsizeof(sys.stdin))
sizes("BufferedReader(BytesIO)", io.BufferedReader(io.BytesIO(b"abc")))
sizes("BufferedWriter(BytesIO, 100)", io.BufferedWriter(io.BytesIO(), buffer_size=100))
sizes("TextIOWrapper(BytesIO)", io.TextIOWrapper(io.BytesIO(b"x")))
