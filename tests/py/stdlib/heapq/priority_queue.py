import heapq
import itertools

pq = []
entry_finder = {}
REMOVED = "<removed-task>"
counter = itertools.count()

def add_task(task, priority=0):
    if task in entry_finder:
        remove_task(task)
    count = next(counter)
    entry = [priority, count, task]
    entry_finder[task] = entry
    heapq.heappush(pq, entry)

def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED

def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task
    raise KeyError("pop from an empty priority queue")

for name, prio in [("write", 5), ("code", 3), ("test", 4), ("release", 9), ("spec", 1)]:
    add_task(name, prio)
add_task("test", 2)
remove_task("release")
order = []
while True:
    try:
        order.append(pop_task())
    except KeyError as e:
        print("KeyError", e)
        break
print(order)

def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))

def dijkstra(graph, start):
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist
g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("a", 7), ("c", 10), ("d", 15)], "c": [("a", 9), ("b", 10), ("d", 11), ("f", 2)],
     "d": [("b", 15), ("c", 11), ("e", 6)], "e": [("d", 6), ("f", 9)], "f": [("a", 14), ("c", 2), ("e", 9)]}
print(sorted(dijkstra(g, "a").items()))
