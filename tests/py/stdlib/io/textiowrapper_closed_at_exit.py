# Streams over sys.stdout.buffer still alive at exit are closed (flushed) as CPython shutdown frees them.
import io, sys
print("start")
w = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
w.write("unflushed at exit\n")
b = io.BufferedWriter(sys.stdout.buffer)
b.write(b"bytes unflushed\n")
def f():
    t = io.TextIOWrapper(io.BytesIO(b"abc"))
    return t.read()
print(f())
print("end")
