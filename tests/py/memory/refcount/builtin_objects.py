# sys.getrefcount of the builtins a teaching program prints: CPython's start holds references
# heapstack's does not (the interpreter's copy of the builtins dict, the descriptors of the
# builtin classes, the subclasses and closures of the modules imported at startup).
import sys

print(sys.getrefcount(len), sys.getrefcount(print), sys.getrefcount(abs))
print(sys.getrefcount(int), sys.getrefcount(str), sys.getrefcount(list), sys.getrefcount(dict))
print(sys.getrefcount(object), sys.getrefcount(type), sys.getrefcount(Exception), sys.getrefcount(ValueError))
f = len
print(sys.getrefcount(len) - sys.getrefcount(abs))
names = [n for n in dir(__builtins__) if not n.startswith("_") and n not in ("copyright", "credits", "exit", "help", "license", "quit")]
counts = {n: sys.getrefcount(getattr(__builtins__, n)) for n in names if n not in ("None", "True", "False", "Ellipsis", "NotImplemented")}
for n in sorted(counts):
    print(n, counts[n])


class MyError(ValueError):
    pass


def g(x: int) -> int:
    return x


print(sys.getrefcount(ValueError), sys.getrefcount(int))
del MyError, g
print(sys.getrefcount(ValueError), sys.getrefcount(int))
