# Instances reference their class; subclasses and methods do too.
import sys


class Base:
    pass


start = sys.getrefcount(Base)
instances = [Base() for _ in range(4)]
print("four instances:", sys.getrefcount(Base) - start)
del instances
print("instances gone:", sys.getrefcount(Base) - start)
one = Base()
print("type(one) is Base:", type(one) is Base, sys.getrefcount(Base) - start)
one.__class__ = type("Other", (), {})
print("after __class__ change:", sys.getrefcount(Base) - start)
del one
x = Base()
del x
print("end:", sys.getrefcount(Base) - start)
