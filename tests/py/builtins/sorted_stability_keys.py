def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted(range(5), key=lambda x: -x))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(2), K(1), K(3)]))
attempt(sorted, [K(1), 2])
attempt(sorted, [1, 2], key=5)
