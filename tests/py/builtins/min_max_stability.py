def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

data = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(max(data, key=lambda t: t[0]), min(data, key=lambda t: t[0]))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
    def __repr__(self): return f"C{self.v}"
print(max([Cmp(1), Cmp(3), Cmp(2)]))
print(min([Cmp(1), Cmp(3), Cmp(0)]))
print(max(iter([5, 7, 6])), min(x for x in [4, 2, 8]))
