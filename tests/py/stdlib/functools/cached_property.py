import functools

class Data:
    def __init__(self, values):
        self.values = values
    @functools.cached_property
    def total(self):
        """The sum."""
        print("computing total")
        return sum(self.values)

d = Data([1, 2, 3])
print(d.total, d.total, d.__dict__)
d.values.append(4)
print(d.total)
del d.total
print(d.total)
d.total = 100
print(d.total, Data.total.__doc__, Data.total.attrname, type(Data.total).__name__)
print(Data.total.func.__name__, isinstance(Data.__dict__["total"], functools.cached_property))
class Slotted:
    __slots__ = ("a",)
    @functools.cached_property
    def p(self):
        return 1
try:
    Slotted().p
except TypeError as e:
    print("TypeError", e)
cp = functools.cached_property(lambda self: 1)
try:
    cp.__get__(Data([]), Data)
except TypeError as e:
    print("TypeError", e)
twice = functools.cached_property(lambda self: 1)
twice.__set_name__(Data, "x")
twice.__set_name__(Data, "x")
try:
    twice.__set_name__(Data, "y")
except TypeError as e:
    print("TypeError", e)
class Sub(Data):
    pass
s = Sub([5])
print(s.total, s.total)
print(functools.cached_property[int])
