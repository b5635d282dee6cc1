# Containers and algorithms (heapq, bisect, collections.deque/Counter/OrderedDict/defaultdict/
# ChainMap): Dijkstra on a grid graph with heapq, an event scheduler, sorted insertion with
# bisect, a sliding window with deque, word statistics with Counter.
import bisect
import heapq
import sys
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

# tests/py/bench_like/collections_algos.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 100

Edge = namedtuple("Edge", "to weight")


def grid_graph(n):
    g = defaultdict(list)
    for y in range(n):
        for x in range(n):
            u = y * n + x
            if x + 1 < n:
                w = (x * 7 + y * 13) % 9 + 1
                g[u].append(Edge(u + 1, w))
                g[u + 1].append(Edge(u, w))
            if y + 1 < n:
                w = (x * 11 + y * 3) % 7 + 1
                g[u].append(Edge(u + n, w))
                g[u + n].append(Edge(u, w))
    return g


def dijkstra(g, src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for e in g[u]:
            nd = d + e.weight
            if nd < dist.get(e.to, 1 << 60):
                dist[e.to] = nd
                heapq.heappush(heap, (nd, e.to))
    return dist


def main():
    g = grid_graph(SCALE)
    dist = dijkstra(g, 0)
    print("dijkstra", len(dist), dist[SCALE * SCALE - 1], max(dist.values()))
    data = [(i * 7919) % 10007 for i in range(SCALE * 100)]
    print("nsmallest", heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda v: -v))
    merged = list(heapq.merge(sorted(data[:500]), sorted(data[500:1000]), reverse=False))
    print("merge", merged[:5], len(merged))
    sl = []
    for v in data[: SCALE * 40]:
        bisect.insort(sl, v)
    print("insort", sl[:5], bisect.bisect_left(sl, 5000), bisect.bisect_right(sl, 5000))
    grades = [bisect.bisect([60, 70, 80, 90], s) for s in data[:1000:7]]
    print("bisect", Counter(grades).most_common())
    window = deque(maxlen=50)
    best = 0
    for v in data:
        window.append(v)
        if len(window) == 50 and v % 10 == 0:
            best = max(best, sum(window))
    dq = deque(range(20))
    dq.rotate(7)
    dq.appendleft(-1)
    dq.extendleft([100, 101])
    print("deque", best, list(dq)[:6], dq.pop(), dq.popleft(), dq.index(5), dq.count(3))
    words = [("w%d" % ((i * i) % 97)) for i in range(SCALE * 200)]
    c = Counter(words)
    c2 = Counter(words[: len(words) // 2])
    print("counter", c.most_common(4), (c - c2).total(), len(c & c2), sorted((c | c2).elements())[:3])
    od = OrderedDict()
    for i, w in enumerate(words[:3000]):
        od[w] = i
        od.move_to_end(w, last=(i % 2 == 0))
    print("ordered", list(od.items())[:3], od.popitem(last=False))
    cm = ChainMap({"a": 1}, {"a": 2, "b": 3}, {"c": 4})
    cm2 = cm.new_child({"d": 5})
    print("chain", dict(cm2), cm2.parents["a"], len(cm2), "c" in cm)


main()
