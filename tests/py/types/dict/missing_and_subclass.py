# dict subclasses: __missing__, overridden __getitem__ is not used by get(), repr.
class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, c["z"], c.get("z"), "z" in c, type(c).__name__)


class Loud(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)


l = Loud(a=1)
l["b"] = 2
print(l["a"], l.get("b"), dict(l), l.copy(), type(l.copy()).__name__)
l.update(c=3)
print(l)
print(Counter.fromkeys("ab", 1), type(Counter.fromkeys("ab")).__name__)
