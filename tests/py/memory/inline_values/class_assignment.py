# __class__ assignment turns an instance's inline values into a dict (its names are keys of its old
# class): that dict is then a separate object for the collector.
import gc, sys
class A: pass
class B: pass
a = A(); a.x = 1; a.me = a
a.__class__ = B
print(type(a).__name__, sys.getsizeof(a.__dict__), vars(a).keys())
b = B(); b.y = 2
print(sys.getsizeof(b.__dict__))
del a, b
gc.collect()
c = A(); c.me = c
c.__class__ = B
del c
print(gc.collect())
