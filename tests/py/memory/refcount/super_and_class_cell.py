# Methods using super() or __class__ capture the class in a cell.
import sys


class Base:
    def who(self):
        return "base"


start = sys.getrefcount(Base)


class Child(Base):
    def who(self):
        return "child+" + super().who()

    def cls(self):
        return __class__


print(Child().who(), Child().cls() is Child)
c = Child()
print("instances reference Child:", sys.getrefcount(Child) >= 3)
print("Base referenced by subclass:", sys.getrefcount(Base) - start)
