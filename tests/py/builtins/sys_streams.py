def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdout.encoding)
n = sys.stdout.write("written\n")
print(n)
sys.stderr.write("err line\n")
print(sys.stdout is sys.__stdout__, sys.stdout.writable(), sys.stdin.readable())
attempt(sys.stdout.write, 5)
old = sys.stdout
class Cap:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s); return len(s)
    def flush(self): pass
cap = Cap()
sys.stdout = cap
print("captured", 1)
sys.stdout = old
print(cap.buf)
sys.stdout.writelines(["a\n", "b\n"])
