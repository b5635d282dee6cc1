def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(hash(1), hash(-1), hash(True), hash(0), hash(1.0), hash(1.5), hash(10**20), hash(-2**63))
print(hash((1, 2)) == hash((1, 2)), hash("") , hash(None) == hash(None))
class H:
    def __hash__(self): return 12345
print(hash(H()))
class BadH:
    def __hash__(self): return "x"
attempt(hash, BadH())
attempt(hash, [])
attempt(hash, {})
class Eq:
    def __eq__(self, o): return True
attempt(hash, Eq())
