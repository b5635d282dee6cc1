# Weak references compare and hash like their referents while alive.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __hash__(self):
        return hash(self.n)


a = K(1)
b = K(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print("equal refs to equal objects:", ra == rb, ra != rb, hash(ra) == hash(a))
rc = weakref.ref(a, lambda r: None)
print("callback ref is distinct:", rc is not ra, rc == ra)
h = hash(ra)
del a
print("dead ref equals itself only:", ra == ra, ra == rb, ra != rb)
print("hash cached after death:", hash(ra) == h)
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
try:
    ra < rb
except TypeError as e:
    print("TypeError:", e)
