# the pure-Python bisect and heapq that CPython's tests import with the accelerators blocked
import sys
sys.modules['_bisect'] = None
sys.modules['_heapq'] = None
sys.modules.pop('bisect', None); sys.modules.pop('heapq', None)
import bisect, heapq
print(bisect.bisect_left.__module__, heapq.heappush.__module__)
a = [1, 2, 2, 4]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3, 1, 3), bisect.bisect_left(a, 5, hi=2))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(a, 3); bisect.insort_left(a, 2); bisect.insort_right(recs, ('d', 4), key=lambda r: r[1]); print(a, recs)
try: bisect.bisect_left(a, 1, -1)
except ValueError as e: print('ValueError', e)
try: bisect.bisect_right(None, 1)
except TypeError as e: print('TypeError', type(e).__name__)
h = []
for x in [5, 1, 8, 3, 9, 2]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
h = [7, 3, 9, 1]; heapq.heapify(h); print(h, heapq.heapreplace(h, 4), heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
m = [3, 9, 1, 7]; heapq._heapify_max(m); print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 2), m)
try: heapq.heappop([])
except IndexError as e: print('IndexError', e)
try: heapq.heapreplace([], 1)
except IndexError as e: print('IndexError', e)
print(heapq.nlargest(2, [4, 1, 7]), list(heapq.merge([1, 4], [2, 3])), '__about__' in dir(heapq))
