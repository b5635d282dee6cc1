import os, io, sys
r, w = os.pipe()
print(r > 2, w == r + 1, os.get_inheritable(r))
os.write(w, b"hello ")
with os.fdopen(w, "w") as wf:
    wf.write("through a pipe\nsecond line\n")
print(os.read(r, 5))
with os.fdopen(r) as rf:
    print(repr(rf.readline()), repr(rf.read()))
try:
    os.read(r, 1)
except OSError as e:
    print("closed:", e.errno)
r, w = os.pipe()
try:
    os.lseek(r, 0, 0)
except OSError as e:
    print(e.errno, e.strerror)
import stat
print(stat.S_ISFIFO(os.fstat(r).st_mode))
try:
    os.write(r, b"x")
except OSError as e:
    print("write to read end:", e.errno)
os.write(w, b"abc"); os.close(w)
print(os.read(r, 10), os.read(r, 10)); os.close(r)
rf, wf = (os.fdopen(fd, mode) for fd, mode in zip(os.pipe(), ("rb", "wb")))
wf.write(b"\x00\x01binary"); wf.close()
print(rf.read(), rf.name == rf.fileno()); rf.close()
