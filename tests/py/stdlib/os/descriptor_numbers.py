import os, tempfile, gc
d = tempfile.mkdtemp()
paths = [os.path.join(d, f"f{i}") for i in range(5)]
files = [open(p, "w") for p in paths]
print([f.fileno() for f in files])
files[1].close(); files[3].close()
g = open(paths[0]); print(g.fileno())
h = os.open(paths[2], os.O_RDONLY); print(h)
fd, name = tempfile.mkstemp(dir=d); print(fd)
del files[4]; gc.collect()
k = open(paths[4]); print(k.fileno())
for f in files: f.close()
g.close(); k.close(); os.close(h); os.close(fd)
with open(paths[0], "w") as f:
    f.write("12345")
with open(paths[0]) as f:
    print(f.fileno(), os.fstat(f.fileno()).st_size, os.path.getsize(paths[0]))
with tempfile.TemporaryFile() as t:
    t.write(b"abc"); t.flush(); print(os.fstat(t.fileno()).st_size)
import shutil; shutil.rmtree(d)
