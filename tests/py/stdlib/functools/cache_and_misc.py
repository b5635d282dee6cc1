import functools

@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(10, 10), count_paths.cache_info(), count_paths.cache_parameters())
count_paths.cache_clear()
print(count_paths.cache_info())
print(sorted(functools.__all__))
print(functools.partial.__module__, type(functools.lru_cache(print)).__name__)
print(functools.partial[int], type(functools.partial[int]).__name__)
k = functools._make_key((1, 2), {"a": 3}, False)
print(len(k), k[:2], k[3:], type(k).__name__, functools._make_key((1,), {}, False), functools._make_key(("x",), {}, True))
import _functools
print(sorted(n for n in dir(_functools) if not n.startswith("__")))
def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = functools.partial(lambda a, b: a + b, 1)
dbl = functools.partial(lambda a, b: a * b, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
