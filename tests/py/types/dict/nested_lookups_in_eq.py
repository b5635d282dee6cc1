# A key's __eq__ that itself looks things up in other dicts and sets (whose keys also collide)
# must not disturb the probe sequence of the outer lookup.
side_d = {}
side_s = set()


class K:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, other.name, side_d.get(K2(self.h)), K2(-self.h) in side_s)
        return self.name == other.name

    def __repr__(self):
        return self.name


class K2:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h * 7 + 2**61 - 5

    def __eq__(self, other):
        return self.h == other.h


for i in range(40):
    side_d[K2(i * 2**40)] = i
    side_s.add(K2(-i * 2**40))
d = {}
s = set()
for i, name in enumerate("abcdefgh"):
    k = K(name, 2**40 * (i % 3) + 2**33)
    d[k] = i
    s.add(k)
print(d)
print(s)
print(K("e", 2**40 + 2**33) in d, K("zz", 2**33) in d, K("f", 2**41 + 2**33) in s, len(d), len(s))
