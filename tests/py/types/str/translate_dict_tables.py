# str.translate with exact dicts (hits, misses, None, int and str values, astral characters,
# keys that compare equal through __eq__), dict subclasses with __missing__ and other mappings.
class Eq:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        if other == 99:
            raise KeyError("from eq")
        if other == 98:
            raise ValueError("bad eq")
        return other == self.n


table = {ord("a"): "A", ord("b"): None, ord("c"): 0x1F600, 0x1F601: "smile", Eq(ord("d")): "D"}
print("abcde\U0001F601xyz".translate(table))
print("cab" * 3, "cab".translate(table) * 2)
print("c\x63".translate({Eq(99): "x"}))
try:
    print("b".translate({Eq(98): "x"}))
except ValueError as e:
    print("ValueError", e)


class Missing(dict):
    def __missing__(self, key):
        return chr(key).upper() * 2


print("hello".translate(Missing({ord("l"): "L"})))
print("hello".translate(str.maketrans("lo", "01", "h")))
print("hi".translate([None] * 104 + ["I"]))
for bad in ({ord("a"): 1.5}, {ord("a"): -1}, {ord("a"): 0x110000}):
    try:
        "a".translate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
