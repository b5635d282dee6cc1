# A method-wrapper (A().__init__ when A defines none, (5).__add__) holds its slot wrapper
# descriptor as well as self: the descriptor's refcount goes up by one per live method-wrapper.
import sys
class A: pass
d = object.__dict__['__init__']
base = sys.getrefcount(d)
ws = [A().__init__ for _ in range(5)]
print(sys.getrefcount(d) - base)
del ws
print(sys.getrefcount(d) - base)
d2 = int.__dict__['__add__']
b2 = sys.getrefcount(d2)
m = (5).__add__
print(sys.getrefcount(d2) - b2, type(m).__name__)
