class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b), a == Vec(1, 2), a != b)
print(bool(Vec(0, 0)), bool(a))
c = a
c += b
print(a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2]) == [1, 2, 3])
