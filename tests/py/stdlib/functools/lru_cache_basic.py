import functools

@functools.lru_cache(maxsize=3)
def sq(x):
    print("miss", x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    print(v, sq(v), sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.cache_info())
print(sq.cache_parameters(), sq.__name__, sq.__qualname__, sq.__wrapped__(7), type(sq).__name__)

@functools.lru_cache
def plain(x):
    return x
print(plain(1), plain(1), plain.cache_info(), plain.cache_parameters())

@functools.lru_cache(maxsize=None)
def unbounded(*args, **kw):
    print("call", args, kw)
    return len(args) + len(kw)
print(unbounded(1), unbounded(1), unbounded(1, 2), unbounded(a=1), unbounded(a=1), unbounded(a=1, b=2), unbounded(b=2, a=1))
print(unbounded.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    print("run", x)
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@functools.lru_cache(maxsize=-5)
def negative(x):
    return x
print(negative(1), negative(1), negative.cache_info())

@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info(), fact(31), fact.cache_info())
for bad in [lambda: functools.lru_cache("x"), lambda: functools.lru_cache(maxsize=1.5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    sq([1])
except TypeError as e:
    print("TypeError", e)
print(sq.cache_info())
