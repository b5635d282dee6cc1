import functools
import tracemalloc

# An unbounded cache keeps growing; lru_cache(maxsize) bounds it.
_cache = {}


def slow_square(n):
    if n not in _cache:
        _cache[n] = [n * n] * 10
    return _cache[n][0]


@functools.lru_cache(maxsize=32)
def bounded_square(n):
    return [n * n] * 10


tracemalloc.start()
for i in range(2000):
    slow_square(i)
unbounded, _ = tracemalloc.get_traced_memory()
_cache.clear()
after_clear, _ = tracemalloc.get_traced_memory()
for i in range(2000):
    bounded_square(i)
bounded, _ = tracemalloc.get_traced_memory()
tracemalloc.stop()
print("unbounded cache grew a lot:", unbounded > 100000)
print("clearing released it:", after_clear < unbounded // 4)
print("bounded cache stays small:", bounded - after_clear < 20000)
print(bounded_square.cache_info())
bounded_square.cache_clear()
print(bounded_square.cache_info())
