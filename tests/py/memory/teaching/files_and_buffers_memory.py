# A file object's memory: the text layer, its binary buffer (with the read buffer) and the raw
# file; the buffer is given back at close, and a file nobody references is closed at once.
import gc
import os
import sys
import tempfile
import weakref

path = os.path.join(tempfile.mkdtemp(), "notes.txt")
with open(path, "w") as f:
    for i in range(100):
        f.write(f"line {i}\n")
    print("text layer", sys.getsizeof(f), "buffer", sys.getsizeof(f.buffer), "raw", sys.getsizeof(f.buffer.raw))
print("after close", sys.getsizeof(f), sys.getsizeof(f.buffer), f.closed, f.buffer.closed, f.buffer.raw.closed)

f = open(path, "rb")
print("rb", sys.getsizeof(f), f.raw.mode, f.raw.closefd)
data = f.read()
print(len(data), sys.getsizeof(data), data.count(b"\n"))
f.close()
print(sys.getsizeof(f))

f = open(path)
print("refcount", sys.getrefcount(f))
alias = f
print("refcount with alias", sys.getrefcount(f))
del alias
lines = f.readlines()
print(len(lines), sys.getsizeof(lines), sum(map(sys.getsizeof, lines)))
del f
print(gc.collect())

for buffering in (0, 1, 64, 1000, 10000):
    mode = "rb" if buffering != 1 else "r"
    with open(path, mode, buffering=buffering) as g:
        b = g if "b" in mode else g.buffer
        print(buffering, type(b).__name__, sys.getsizeof(b))
os.remove(path)
os.rmdir(os.path.dirname(path))
