import random

class Constant(random.Random):
    def random(self):
        return 0.25
c = Constant()
print(c._randbelow.__name__, c.randrange(8), c.choice("abcd"), c.uniform(0, 4), c.sample(range(5), 2))
class Bits(random.Random):
    def __init__(self):
        self.calls = 0
        super().__init__(0)
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)
b = Bits()
print(b._randbelow.__name__, b.randrange(1000), b.calls)
class Both(random.Random):
    def random(self):
        return 0.5
    def getrandbits(self, k):
        return 3
print(Both()._randbelow.__name__, Both().randrange(5))
class Custom(random.Random):
    def _randbelow(self, n):
        return n - 1
print(Custom().randrange(10), Custom().choice("xyz"))
class GrandChild(Constant):
    pass
print(GrandChild._randbelow.__name__)
class Counter(random.Random):
    def seed(self, a=None, version=2):
        print("seed called with", a)
        super().seed(a, version)
cr = Counter(5)
print(cr.random())
r = random.Random(10)
r.extra = "attr"
print(r.extra, type(r).__name__, isinstance(r, random.Random), random.Random.__mro__[1].__name__)
import _random
base = _random.Random(10)
print(base.random() == random.Random(10).random(), type(base).__name__)
for bad in [lambda: _random.Random(1, 2), lambda: _random.Random(x=1), lambda: base.random(1), lambda: base.seed(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
