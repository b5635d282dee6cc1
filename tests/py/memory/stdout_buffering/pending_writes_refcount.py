# A block-buffered stdout (a pipe or a file, no PYTHONUNBUFFERED) keeps each written ASCII str
# referenced until 8 KiB are pending or the stream is flushed; stderr keeps a write until a
# newline. The program reads the condition itself, so it prints the same in every setting.
import os
import sys

unbuffered = os.environ.get("PYTHONUNBUFFERED", "") != ""
out_keeps = 0 if unbuffered or sys.stdout.isatty() else 1
err_keeps = 0 if unbuffered else 1


def held(s, before, keeps):
    # less this frame's own reference to s
    return sys.getrefcount(s) - 1 - before - keeps


s = "ab" * 3
before = sys.getrefcount(s)
print(s)
print("printed ascii", held(s, before, out_keeps))
sys.stdout.flush()
print("after flush", sys.getrefcount(s) - before)

u = "\u00e9t\u00e9" * 2
before = sys.getrefcount(u)
print(u)
print("non-ascii is encoded at once", sys.getrefcount(u) - before)

long = "x" * 9000
before = sys.getrefcount(long)
sys.stdout.write(long[:0])
sys.stdout.write(long)
sys.stdout.write("\n")
print("longer than a chunk", sys.getrefcount(long) - before)

t = "cd" * 2
before = sys.getrefcount(t)
sys.stdout.write(t)
sys.stdout.write("\n")
print("written", held(t, before, out_keeps))
for i in range(1000):
    sys.stdout.write("0123456789\n")
print("after 11000 more bytes", sys.getrefcount(t) - before)

e = "ef" * 2
before = sys.getrefcount(e)
sys.stderr.write(e)
print("stderr without newline", held(e, before, err_keeps))
sys.stderr.write("\n")
print("stderr after newline", sys.getrefcount(e) - before)
