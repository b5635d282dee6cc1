class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"

d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
print(d, len({Key("a"), Key("A"), Key("b")}))

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)

class Counted:
    eq_calls = 0
    def __eq__(self, other):
        Counted.eq_calls += 1
        return NotImplemented
print(Counted() == Counted(), Counted.eq_calls)
