# hash() of tuples mixing ints (number and bigint hashes), strs, floats, bytes, nested tuples,
# frozensets, complex, ranges and objects whose __hash__ hashes tuples itself: tuplehash must
# give python3's 64-bit values whichever way an item's hash is represented.
import random
rng = random.Random(5)
vals = [0, 1, -1, -2, 2**61-2, 2**61, -2**61, 2**62, 2**63-1, -2**63, 2**64+7, 1.5, -0.0, float('inf'), "a", "", "héllo", "\U0001f600x", b"xy", True, (), (1,), ((1, 2), "a"), frozenset({1, 2}), 3+4j, range(5), 10**30, -10**30]
for i in range(300):
    vals.append(rng.randrange(-2**64, 2**64))
    vals.append("s%d" % rng.randrange(10**9))
out = []
for i in range(2000):
    t = tuple(rng.choice(vals) for _ in range(rng.randrange(0, 5)))
    out.append(hash(t))
    out.append(hash((t, t)))
import hashlib
print(hashlib.md5(repr(out).encode()).hexdigest(), out[:10])
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash((self.v, (self.v, "x")))
print([hash((H(i), "k", H((i, "z")))) for i in range(5)])
print(hash((-1,)), hash((2**63,)), hash(((),)), len({(i, str(i)) for i in range(1000)}))
