import functools

@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    print("typed miss", repr(x))
    return x
print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())

@functools.lru_cache(maxsize=None)
def untyped(x):
    print("untyped miss", repr(x))
    return x
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())

@functools.lru_cache(maxsize=None)
def kw(a, b=0):
    print("kw miss", a, b)
    return a + b
print(kw(1), kw(1, 0), kw(1, b=0), kw(a=1), kw(a=1, b=0), kw(b=0, a=1), kw.cache_info())

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
@functools.lru_cache(maxsize=2)
def k(obj):
    return obj.v
a, b = Key(1), Key(1)
print(k(a), k(b), k(a), k.cache_info())
@functools.lru_cache(maxsize=None)
def strs(s):
    return s.upper()
print(strs("x"), strs("x"), strs(s="x"), strs.cache_info())

calls = 0
@functools.lru_cache(maxsize=4)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), calls, fib.cache_info())
