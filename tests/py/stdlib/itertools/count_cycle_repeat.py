import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(2.5, -0.5), 4)))
print(list(it.islice(it.count(start=1, step=2j), 3)), list(it.islice(it.count(True), 3)), list(it.islice(it.count(0, True), 3)))
class Num:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __repr__(self):
        return f"Num({self.v})"
print(list(it.islice(it.count(Num(1), Num(10)), 4)), repr(it.count(Num(2), 3)), repr(it.count(Num(2))))
c = it.count(2 ** 62)
print(next(c), next(c), repr(c))
c = it.count(9007199254740990)
print([next(c) for _ in range(4)], repr(c))
for args in [(), (5,), (5, 1), (5, 2), (1.0,), (1, 1.0), (0, -1), (True,), (2 ** 70, 2 ** 70)]:
    c = it.count(*args)
    print(args, repr(c), next(c), repr(c), c.__reduce__())
for bad in [("a",), (1, "x"), (1, 2, 3)]:
    try:
        it.count(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    it.count(x=1)
except TypeError as e:
    print("TypeError", e)
cy = it.cycle("abc")
print([next(cy) for _ in range(8)])
cy = it.cycle([])
print(list(cy))
def gen():
    print("gen start")
    yield 1
    yield 2
    print("gen end")
cy = it.cycle(gen())
print([next(cy) for _ in range(5)])
r = it.repeat("x", 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(it.repeat(None)), repr(it.repeat([1], times=-5)), list(it.repeat(1, 0)), list(map(pow, range(5), it.repeat(2))))
try:
    it.repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)
print(it.repeat(3, 2).__reduce__(), it.repeat(3).__reduce__())
for bad in [lambda: it.repeat(), lambda: it.repeat(1, "x"), lambda: it.repeat(1, 2, 3), lambda: it.cycle(), lambda: it.cycle(1), lambda: it.cycle([], x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
