def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import os
# A per-process name: python3 and heapstack run this at the same time in the same directory.
path = f"heapstack_test_open_binary_{os.getpid()}.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01abc\n\xff"), f.mode)
with open(path, "rb") as f:
    print(f.read(), f.mode)
with open(path, "rb") as f:
    print(f.read(2), f.tell(), f.readline(), f.read())
    f.seek(-2, 2)
    print(f.read())
with open(path, "rb") as f:
    print(list(f))
attempt(open(path, "rb").write, b"x")
attempt(open(path, "wb").write, "text")
os.remove(path)
