def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import os
# A per-process name: python3 and heapstack run this at the same time in the same directory.
path = f"heapstack_test_open_text_{os.getpid()}.txt"
with open(path, "w") as f:
    print(repr(f.write("line one\nline two\n")), f.closed, f.mode, f.name == path)
    f.writelines(["three\n", "four"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    data = f.read(5)
    print(repr(data), f.tell())
    f.seek(0)
    print(repr(f.read()))
os.remove(path)
