# RecursionError (never a host stack overflow) in deep repr/str/==/json/isinstance of nested
# containers and objects, and in plain recursion; deep eval of nested brackets as CPython.
import sys
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except RecursionError as e:
        print(label, "RecursionError", e)
    except (MemoryError, ValueError, SyntaxError) as e:
        print(label, type(e).__name__, e)

deep = []
for _ in range(100000):
    deep = [deep]
attempt("repr list", lambda: repr(deep))
attempt("str list", lambda: str(deep))
attempt("== list", lambda: deep == deep[0])
attempt("copy eq", lambda: deep == [deep[0]])
d = {}
for _ in range(100000):
    d = {"k": d}
attempt("repr dict", lambda: repr(d))
t = ()
for _ in range(100000):
    t = (t,)
attempt("repr tuple", lambda: repr(t))
attempt("hash tuple", lambda: hash(t))
attempt("tuple ==", lambda: t == (t[0],))
attempt("tuple <", lambda: t < (t[0],))
attempt("eval nested", lambda: eval("[" * 100 + "]" * 100))
attempt("eval nested 1000", lambda: eval("[" * 1000 + "]" * 1000))
attempt("eval nested 200", lambda: eval("(" * 200 + ")" * 200))
attempt("json", lambda: __import__("json").dumps(deep))
attempt("sorted key", lambda: sorted([deep, deep]))
attempt("isinstance", lambda: isinstance(1, t))
class Node:
    def __init__(self, c): self.c = c
    def __repr__(self): return f"Node({self.c!r})"
n = None
for _ in range(10000):
    n = Node(n)
attempt("repr user", lambda: repr(n))
def f(): return f()
attempt("plain", f)
sys.setrecursionlimit(50000)
def g(k): return 0 if k == 0 else 1 + g(k - 1)
attempt("deep 40000", lambda: g(40000))
print("done")
