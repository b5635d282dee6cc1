def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(open, "/definitely/not/here.txt")
attempt(open, "heapstack_no_such_file.txt", "r")
attempt(open, ".", "r")
attempt(open, "x.txt", "rw")
attempt(open, "x.txt", "q")
attempt(open, "x.txt", "rb", encoding="utf-8")
attempt(open, "x.txt", "rt+b")
attempt(open)
import os
# A per-process name: python3 and heapstack run this at the same time in the same directory.
tmp = f"heapstack_tmp_open_errors_{os.getpid()}.txt"
f = open(tmp, "w")
f.close()
attempt(f.write, "x")
attempt(f.read)
g = open(tmp)
attempt(g.write, "x")
attempt(g.seek, 1, 1)
g.close()
os.remove(tmp)
