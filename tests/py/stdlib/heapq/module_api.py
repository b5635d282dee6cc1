import heapq
import _heapq

print(heapq.__all__)
print(sorted(n for n in dir(_heapq) if not n.startswith("__")))
print(heapq.__about__.splitlines()[0], heapq.heappush is _heapq.heappush, heapq.merge.__name__, heapq.nlargest.__module__)
print(type(heapq.merge([1])).__name__, type(heapq.__doc__).__name__)
import sys
h = []
heapq.heappush(h, 1)
print(sys.getsizeof(h), [sys.getsizeof(h) for _ in [heapq.heappush(h, i) for i in range(10)]][-1])
while h:
    heapq.heappop(h)
print(sys.getsizeof(h))
