import sys

# obj.method makes a new bound method object each time; it holds a reference to obj.


class Greeter:
    def hello(self):
        return "hi"


g = Greeter()
print("refs to g:", sys.getrefcount(g) - 1)
m = g.hello
print("after m = g.hello:", sys.getrefcount(g) - 1)
print("m.__self__ is g:", m.__self__ is g)
print("new bound method each time:", g.hello is g.hello, g.hello == g.hello)
methods = [g.hello for _ in range(3)]
print("three more:", sys.getrefcount(g) - 1)
del methods, m
print("dropped:", sys.getrefcount(g) - 1)
f = Greeter.hello
print("plain function:", type(f).__name__, f(g))
