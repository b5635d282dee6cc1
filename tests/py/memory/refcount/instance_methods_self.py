# Inside a method `self` is one more reference to the instance.
import sys


class C:
    def count(self):
        return sys.getrefcount(self)

    def count_nested(self):
        def inner():
            return sys.getrefcount(self)

        return inner()


c = C()
print("outside:", sys.getrefcount(c))
print("inside a method:", c.count())
print("via the class:", C.count(c))
print("closure over self:", c.count_nested())
m = c.count
print("bound method stored:", m())
