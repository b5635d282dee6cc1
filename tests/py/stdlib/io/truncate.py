import os, tempfile
p = os.path.join(tempfile.mkdtemp(), "t.bin")
with open(p, "wb") as f: f.write(b"0123456789")
with open(p, "r+b") as f:
    f.seek(4); print(f.truncate(), f.tell()); f.write(b"XY"); print(f.truncate(8), f.tell())
print(open(p, "rb").read())
with open(p, "w") as f: f.write("hello world"); f.truncate(5)
print(open(p).read())
with open(p, "a+") as f: f.truncate(2)
print(open(p).read())
try:
    with open(p) as f: f.truncate()
except Exception as e: print(type(e).__name__, e)
