# Fresh str, bytes and tuple keys: hash() values, lookups in str-only and mixed tables, sets,
# and tuple keys whose items are equal but not identical (or compare with Python code).
words = "alpha beta gamma delta épée naïve 日本 𝔘nicode".split()
fresh = ["".join(list(w)) for w in words]
print([hash(w) for w in fresh])
print([hash(w.encode()) for w in fresh])
print(hash(tuple(fresh)), hash(tuple(w.encode() for w in fresh)))
print(hash((1, "a", b"b", 2**70, -1, (3, "x"))))
print(hash(("a", b"")), hash((b"", "")), hash(()))

d = {w: i for i, w in enumerate(words)}
print([d["".join(list(w))] for w in words])
print([("".join(list(w)) + "!") in d for w in words])
mixed = {1: "one", "two": 2, b"three": 3, ("four", 4): 4}
print(mixed["t" + "wo"], mixed[b"thr" + b"ee"], mixed[("fo" + "ur", 4)], mixed.get(("four", 5)))

pairs = {}
bs = [bytes([c]) for c in b"abracadabra"]
for a, b in zip(bs, bs[1:]):
    pairs[a, b] = pairs.get((a, b), 0) + 1
for a, b in zip(bs, bs[1:]):
    pairs[bytes(a), bytes(b)] += 1
print(sorted(pairs.items()))

big = 10**20
t = {(big, "k"): "v"}
print(t[(10**20, "k")], (10**20 + 1, "k") in t)

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq called", self.v)
        return isinstance(other, Key) and self.v == other.v

k1 = Key("x")
dk = {(k1, 1): "a"}
print(dk[(k1, 1)])
print(dk[(Key("x"), 1)])
s = {(k1, "s")}
print((k1, "s") in s, (Key("x"), "s") in s, ("x", "s") in s)
s2 = {("".join(["a", "b"]), 300 + 1)}
print(("ab", 301) in s2, ("ab", 302) in s2, ("ab",) in s2)
print(sorted(set("".join(list(w)) for w in words * 3)) == sorted(words))
print(list(dict.fromkeys(fresh + words)))
