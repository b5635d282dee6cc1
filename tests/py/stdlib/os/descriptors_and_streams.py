import os, tempfile, io
fd, path = tempfile.mkstemp(suffix=".txt")
with os.fdopen(fd, "w") as f:
    f.write("hello\nworld\n")
    print(type(f).__name__, f.fileno() == fd)
with open(path) as f:
    print(f.read().split())
fd = os.open(path, os.O_RDONLY)
with open(fd) as f:
    print(f.readline(), end="")
    print(f.buffer.raw.closefd if hasattr(f.buffer, 'raw') else True, f.name == fd)
try:
    os.fstat(fd)
except OSError as e:
    print("closed", e.errno)
fd = os.open(path, os.O_RDWR | os.O_APPEND)
f = open(fd, "a", closefd=False)
f.write("third\n"); f.flush()
os.write(fd, b"fourth\n")
f.close()
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)
with open(path, "rb", buffering=0) as raw:
    print(type(raw).__name__, raw.read(5))
    fd2 = raw.fileno()
    print(os.read(fd2, 3))
os.remove(path)
import sys
d = tempfile.mkdtemp()
p = os.path.join(d, "data.bin")
def opener(path, flags):
    print("opener flags", flags & os.O_ACCMODE, bool(flags & os.O_CREAT), bool(flags & os.O_TRUNC))
    return os.open(path, flags, 0o600)
with open(p, "w", opener=opener) as f:
    f.write("abc\n" * 3)
    print(f.name == p, f.mode)
with open(p, "rb") as f:
    st = os.fstat(f.fileno())
    print(st.st_size, f.read(4))
a = open(p); b = open(p)
print(b.fileno() - a.fileno())
n = a.fileno(); a.close()
c = open(p)
print(c.fileno() == n)
b.close(); c.close()
for bad in (99, -1):
    try:
        open(bad)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
try:
    open(p, closefd=False)
except ValueError as e:
    print(e)
fd = os.open(p, os.O_RDONLY)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(e)
try:
    os.read(fd, 1)
except OSError as e:
    print(e)
with tempfile.TemporaryFile("w+") as t:
    t.write("temp data"); t.seek(0); print(t.read())
out = open(sys.stdout.fileno(), "w", closefd=False)
out.write("via fd 1\n"); out.flush()
out.close()
sys.stdout.flush()
bout = open(1, "wb", closefd=False)
bout.write(b"bytes via fd 1\n"); bout.flush()
fd = os.open(p, os.O_WRONLY)
try:
    os.read(fd, 1)
except OSError as e:
    print("wronly", e)
os.ftruncate(fd, 2)
os.close(fd)
print(open(p).read())
f = open(p, "r+")
fd = f.fileno()
os.lseek(fd, 0, os.SEEK_END)
print(os.lseek(fd, 0, os.SEEK_CUR))
f.close()
import shutil; shutil.rmtree(d)
