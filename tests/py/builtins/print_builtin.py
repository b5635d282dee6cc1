def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print()
print(1, 2, 3)
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print()
print(None, True, [1, "x"], {"k": (1,)})
print("x", sep=None, end=None)
print(*[1, 2, 3], sep=", ")
import sys
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("a", 1, file=w, sep="|")
print(w.parts)
print("x", file=None)
attempt(print, sep=1)
attempt(print, end=[])
attempt(print, foo=1)
attempt(print, "x", file=1)
class S:
    def __str__(self): return "str-S"
    def __repr__(self): return "repr-S"
print(S(), [S()])
