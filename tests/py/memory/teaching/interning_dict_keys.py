import sys

# Attribute names and dict keys written in code are interned, so lookups compare by identity.


class C:
    def __init__(self):
        self.alpha = 1


c = C()
key = list(c.__dict__)[0]
print(key, key is "alpha")
made = "".join(["al", "pha"])
print(made is key, sys.intern(made) is key)
d = {made: 1}
print(list(d)[0] is made)
print(getattr(c, made))
setattr(c, "".join(["be", "ta"]), 2)
k2 = list(c.__dict__)[1]
print(k2, k2 is "beta")
print("a" * 20 is "aaaaaaaaaaaaaaaaaaaa")
s1 = "x" * 5000
s2 = "x" * 5000
print("long repeated literal shared?", s1 is s2)
