# dir() of builtin types, builtins and modules as learners explore them
import math, itertools
for obj in (list, str, dict, int, object, tuple, set, frozenset, float, bool, bytes, bytearray, complex,
            range, slice, memoryview, type, property, super, enumerate, zip, map, filter, reversed,
            staticmethod, classmethod, type(None), type(len), type(lambda: 0), type(iter([])), type({}.keys())):
    print(obj.__name__, dir(obj))
print(dir(__builtins__))
import builtins
print(dir(builtins) == dir(__builtins__))
for m in (math, itertools):
    print(m.__name__, [n for n in dir(m) if not n.startswith("_")])
print(dir())
def f(a, b=2):
    c = 3
    print(dir())
f(1)
class K:
    x = 1
    def m(self): pass
print(dir(K), dir(K()))
print(dir(f))
print(dir(1), dir("s") == dir(str), dir(None))
print(dir(copyright) == dir(credits), "help" in dir(__builtins__), repr(help), repr(license))
print(repr(credits))
print(repr(copyright))
copyright()
credits()
print(vars(copyright).keys(), copyright.MAXLINES, type(help).__name__, type(help).__module__, type(license).__qualname__)
try:
    copyright(1)
except TypeError as e:
    print("TypeError:", e)
print(vars(exit), vars(quit), repr(exit), repr(quit))
exit.eof = "Ctrl-Z plus Return"
print(repr(exit))
