# open() accepts a bytes path as well as str and os.PathLike; the file object's name is the
# object given (bytes stays bytes), and a path-like's __fspath__ may return bytes too.
import os


class BytesPath:
    def __init__(self, raw):
        self.raw = raw

    def __fspath__(self):
        return self.raw


name = f"/tmp/heapstack-open-bytes-{os.getpid()}.tmp"
with open(name.encode(), "w") as f:
    print(type(f.name).__name__, f.name == name.encode(), f.mode)
    f.write("bytes path\n")

with open(BytesPath(name.encode())) as f:
    print(type(f.name).__name__, f.name == name.encode(), f.read(), end="")

with open(BytesPath(name)) as f:
    print(type(f.name).__name__, f.name == name, f.readline(), end="")

for bad in (3.5, BytesPath(7), BytesPath(None)):
    try:
        open(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    open(b"no_such_dir_xyz/file")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)

os.remove(name)
print(os.path.exists(name))
