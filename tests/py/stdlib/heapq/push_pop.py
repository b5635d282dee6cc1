import heapq

h = []
for x in [5, 7, 1, 9, 3, 3, 8, 2, 6, 0, 4]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
h = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappop(h), h)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heappush([]), lambda: heapq.heappop(1),
            lambda: heapq.heappop(), lambda: heapq.heappush(heap=[], item=1), lambda: heapq.heappush([1], "a")]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class L(list):
    pass
sub = L([3, 1, 2])
heapq.heapify(sub)
heapq.heappush(sub, 0)
print(type(sub).__name__, sub, heapq.heappop(sub))
