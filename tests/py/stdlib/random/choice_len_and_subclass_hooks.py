# choice() asks len(), never bool(); subclasses get the _randbelow that fits what they define.
import random


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __bool__(self):
        raise ValueError("truth value is ambiguous")


r = random.Random(7)
print(r.choice(Seq("abcdef")), r.choice(Seq([10, 20, 30])))
try:
    r.choice(Seq([]))
except IndexError as e:
    print("IndexError", e)


class OnlyRandom(random.Random):
    def random(self):
        return super().random()


class OnlyBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)


class Neither(random.Random):
    pass


for cls in (OnlyRandom, OnlyBits, Neither):
    print(cls.__name__, cls._randbelow.__name__)
    g = cls(3)
    print([g.randrange(100) for _ in range(5)], g.choice("xyz"), g.sample(range(50), 4))


class Both(OnlyRandom, OnlyBits):
    pass


print(Both._randbelow.__name__)
import warnings

w = OnlyRandom(11)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(w._randbelow(1 << 60) >= 0)
print([(c.category.__name__, str(c.message).splitlines()[0]) for c in caught])
print(sorted(random.__all__) == random.__all__, len(random.__all__))
print(random.Random.__init_subclass__.__name__, random.SystemRandom._randbelow.__name__)
