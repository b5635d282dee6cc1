# Cached objects: small ints, None, empty tuple, interned strings share identity.
a = 256
b = int("256")
print("small int cache:", a is b)
c = int("257")
d = int("257")
print("large ints are separate objects:", c is d, c == d)
empty = ()
print("empty tuple singleton:", tuple() is empty)
print("None singleton:", type(None)() is None)
s1 = "hello"
s2 = "hel" + "lo"
print("interned identifier-like constants:", s1 is s2)
e1 = "".join(["a", "b", "c"])
e2 = "".join(["a", "b", "c"])
print("runtime strings are separate:", e1 is e2, e1 == e2)
print("bool singletons:", bool(1) is True, bool(0) is False)
