# The exact sequence of __lt__ calls list.sort makes (timsort with galloping), even when the
# comparisons are inconsistent.
class Rnd:
    """A small LCG so the program needs no imports."""

    def __init__(self, seed):
        self.x = seed

    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return a + self.x % (b - a)



class K:
    log = []
    weird = False

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        K.log.append((self.v, other.v))
        if K.weird:
            return (self.v * 7 + other.v * 13) % 5 < 2
        return self.v < other.v

    def __repr__(self):
        return "K(%d)" % self.v


rnd = Rnd(1)
for weird in [False, True]:
    K.weird = weird
    for data in [[rnd.randrange(100) for _ in range(20)],
                 list(range(70)) + list(range(35)),
                 [rnd.randrange(1000) for _ in range(150)],
                 sorted(rnd.randrange(500) for _ in range(80)) + sorted(rnd.randrange(500) for _ in range(90))]:
        K.log = []
        items = [K(v) for v in data]
        items.sort()
        print(weird, len(K.log), K.log[:6], K.log[-3:], [k.v for k in items][:12])
