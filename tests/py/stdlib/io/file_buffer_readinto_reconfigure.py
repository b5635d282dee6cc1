# binary files: readinto/read1/readinto1/peek and FileIO-style modes; text files: buffer, reconfigure, write_through
# binary file readinto/read1/peek, text files' buffer, reconfigure, binary modes
import os
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f.bin")
with open(p, "wb") as f:
    print(f.mode, f.write(b"hello world\nline two\n"))
for mode, kw in [("rb", {}), ("r+b", {})]:
    with open(p, mode, **kw) as f:
        b = bytearray(4)
        print(type(f).__name__, f.mode, f.readinto(b), b)
        m = memoryview(bytearray(3))
        print(f.readinto(m), bytes(m), f.peek()[:5], f.read1(3), f.readinto1(bytearray(2)))
        print(f.readinto(bytearray(100)), f.readinto(bytearray(5)), f.read1())
        try:
            f.readinto(b"abc")
        except TypeError as e:
            print("TypeError", e)
for m in ["wb", "w+b", "ab", "a+b", "rb", "r+b"]:
    with open(p, m) as f:
        print(m, f.mode)
os.remove(p)
for m in ["w", "w+", "a", "r", "r+", "x"]:
    if m == "x":
        os.remove(p)
    with open(p, m) as f:
        b = f.buffer
        print(m, type(b).__name__, b.mode, b.name == p, f.buffer is b, f.write_through, f.line_buffering)
with open(p, "w") as f:
    f.write("text ")
    f.flush()
    f.buffer.write(b"bytes\n")
    print(f.tell())
with open(p, "rb") as f:
    print(f.read())
with open(p) as f:
    print(f.readline(), f.buffer.read(), f.closed, f.buffer.closed)
print(f.buffer.closed)
with open(p, "w") as f:
    print(f.encoding, f.errors)
    f.reconfigure(encoding="latin-1")
    print(f.encoding, f.errors)
    f.reconfigure(errors="replace", line_buffering=True, write_through=True)
    print(f.encoding, f.errors, f.line_buffering, f.write_through)
    f.write("\xe9\u20ac\n")
    for bad in [dict(encoding=1), dict(newline="x"), dict(encoding="nope")]:
        try:
            f.reconfigure(**bad)
        except (TypeError, ValueError, LookupError) as e:
            print(type(e).__name__, e)
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
print(sys.stdin.buffer, sys.stderr.buffer.mode, sys.stdout.buffer.mode)
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.flush()
sys.stdout.reconfigure(encoding="utf-8")
print(sys.stdout.encoding)
