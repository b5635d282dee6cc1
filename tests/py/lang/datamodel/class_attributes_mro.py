class A:
    greeting = "hello from A"
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    greeting = "hello from C"
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who(), D.greeting)
print(isinstance(D(), A), issubclass(D, C), issubclass(A, D))

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def describe():
        return "counts instances"
c1 = Counter()
c2 = Counter.make()
print(c1.id, c2.id, Counter.instances, Counter.describe(), c1.describe())
