class Name(str):
    def shout(self):
        return self.upper() + "!"
    def __repr__(self):
        return "Name(" + str.__repr__(self) + ")"
n = Name("ada")
print(n, repr(n), n.shout(), type(n.upper()).__name__, type(n + "x").__name__, type(n[0]).__name__, isinstance(n, str), n == "ada", hash(n) == hash("ada"))
print(str(n), type(str(n)).__name__, "%s" % n, "{}".format(n), f"{n}", len(n), n.split("d"))
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged("text", "T1")
print(t, t.tag, t.__dict__, t * 2, sorted([Tagged("b", 1), Tagged("a", 2)]))
class Slotted(str):
    __slots__ = ("extra",)
s = Slotted("x")
s.extra = 5
print(s, s.extra)
d = {Name("k"): 1}
print(d["k"], "k" in d)
