# Dict/set-heavy algorithms: building a graph, BFS distances, connected components, set algebra.
from collections import deque

N = 80_000
graph = {}
for i in range(N):
    graph[i] = set()
for i in range(N):
    for j in ((i * 7 + 3) % N, (i * 13 + 5) % N, (i + 1) % N if i % 50 else i):
        if j != i:
            graph[i].add(j)
            graph[j].add(i)


def bfs(start):
    dist = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        d = dist[u] + 1
        for v in graph[u]:
            if v not in dist:
                dist[v] = d
                q.append(v)
    return dist


d0 = bfs(0)
far = max(d0.values())
seen = set()
components = 0
for node in graph:
    if node in seen:
        continue
    components += 1
    stack = [node]
    seen.add(node)
    while stack:
        u = stack.pop()
        for v in graph[u]:
            if v not in seen:
                seen.add(v)
                stack.append(v)
evens = {k for k in graph if k % 2 == 0}
hubs = {k for k, vs in graph.items() if len(vs) > 5}
degree_hist = {}
for vs in graph.values():
    degree_hist[len(vs)] = degree_hist.get(len(vs), 0) + 1
print(far, components, len(evens & hubs), len(evens | hubs), len(hubs - evens), sorted(degree_hist.items()))
