# Subclasses of int: construction, arithmetic results are exact ints, repr and format inherit.
class Celsius(int):
    def __repr__(self):
        return f"Celsius({int(self)})"

class Plain(int):
    pass

c = Celsius(21)
p = Plain("ff", 16)
print(c, repr(c), p, repr(p), type(c + 1).__name__, type(-p).__name__, type(+p).__name__, type(abs(p)).__name__)
print(c + p, c * 2, c // 4, c % 4, c ** 2, c << 1, isinstance(c, int), int(c), type(int(c)).__name__)
print(format(p, "x"), f"{c:>6}", str(c), c == 21, hash(c) == hash(21), bool(Plain(0)))
print(Plain(), Plain(3.9), Plain(True), Plain(" 7 "), Plain(b"12"))
c.note = "warm"
print(c.note, sorted(vars(c)))
class WithNew(int):
    def __new__(cls, value):
        return super().__new__(cls, value * 2)
print(WithNew(5), type(WithNew(5)).__name__)
print(int.__new__(Plain, 8), type(int.__new__(Plain, 8)).__name__)
