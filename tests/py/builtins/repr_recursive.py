def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = [1]
l.append(l)
print(repr(l), ascii(l))
d = {}
d["self"] = d
print(repr(d))
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f"Node({self.children!r})"
n = Node(); n.children.append(n)
attempt(repr, n)
