import heapq
import random

data = [9, 2, 7, 4, 6, 1, 8, 3, 5, 0]
h = data[:]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h, heapq.heappushpop(h, -1), h, heapq.heappushpop(h, 5), h)
print(heapq.heappushpop([], 3), heapq.heapreplace([1], 2))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
rng = random.Random(7)
big = [rng.randrange(100000) for _ in range(5000)]
hb = big[:]
heapq.heapify(hb)
print(hb[:12], all(hb[i] <= hb[c] for i in range(len(hb)) for c in (2 * i + 1, 2 * i + 2) if c < len(hb)))
print([heapq.heappop(hb) for _ in range(10)] == sorted(big)[:10])
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), m, heapq._heapreplace_max(m, 0), m)
for bad in [lambda: heapq.heapify(()), lambda: heapq.heapify([], 1), lambda: heapq._heappop_max([]), lambda: heapq.heappushpop((), 1)]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
