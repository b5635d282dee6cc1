def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import sys
print("a", flush=True)
print("b", end="", flush=False)
print("c", file=sys.stdout)
class F:
    def __init__(self): self.flushed = 0; self.data = ""
    def write(self, s): self.data += s
    def flush(self): self.flushed += 1
f = F()
print(1, 2, sep="::", end="$", file=f, flush=True)
print(f.data, f.flushed)
class NoWrite: pass
attempt(print, "x", file=NoWrite())
sys.stdout.flush()
print("to", "err", sep="_", file=sys.stderr)
