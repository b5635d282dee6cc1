import itertools as it

print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([k for k, g in it.groupby("AAAABBBCCD")], [list(g) for k, g in it.groupby([])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in it.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
for k, g in it.groupby(sorted(words, key=len), len):
    print(k, list(g))
groups = list(it.groupby("aabbbc"))
print([(k, list(g)) for k, g in groups])
gb = it.groupby("aaabbc")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print([k for k, g in gb])
def keyf(x):
    print("key", x)
    return x // 3
gb = it.groupby(range(7), keyf)
for k, g in gb:
    print("group", k)
    print("first", next(g))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __repr__(self):
        return f"Eq({self.v})"
print([(k, list(g)) for k, g in it.groupby([Eq(1), Eq(1), Eq(2)])])
print([(k, len(list(g))) for k, g in it.groupby([1, 1.0, True, 2, 2.0])])
for bad in [lambda: it.groupby(), lambda: it.groupby(1), lambda: it.groupby([1], None, 3), lambda: it.groupby([1], k=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
g = it.groupby([1, 2], key=lambda x: 1 / (x - 2))
try:
    print([(k, list(v)) for k, v in g])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(type(next(it.groupby("a"))[1]).__name__)
