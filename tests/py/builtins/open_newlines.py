def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import os
# A per-process name: python3 and heapstack run this at the same time in the same directory.
p = f"heapstack_newlines_{os.getpid()}.txt"
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(repr(f.read()))
with open(p) as f:
    print([repr(l) for l in f])
with open(p, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo \u20ac\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-8") as f:
    print(f.read(3), f.read())
os.remove(p)
