# Tuple subclasses: construction, attributes, slicing and concatenation return plain tuples.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return "Point(%r, %r)" % tuple(self)


p = Point(1, 2)
print(p, p.x, p[1], len(p), type(p).__name__, isinstance(p, tuple))
print(p + (3,), type(p + (3,)).__name__, p[:], type(p[:]).__name__, p == (1, 2), hash(p) == hash((1, 2)))


class T(tuple):
    pass


t = T([1, 2])
print(t, tuple(t), tuple(t) is t, type(tuple(t)).__name__)
