# Advent-of-Code style solutions: BFS on a grid, Dijkstra with heapq, memoized recursion, complex-number walking, input read from stdin.
import sys, re, heapq, itertools, functools, collections
from collections import deque, defaultdict
grid_txt = """#########
#S..#...#
#.#.#.#.#
#.#...#E#
#########"""
grid = [list(r) for r in grid_txt.splitlines()]
H, W = len(grid), len(grid[0])
start = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "S")
end = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "E")
def bfs(s):
    dist = {s: 0}; dq = deque([s])
    while dq:
        r, c = dq.popleft()
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[nr, nc] = dist[r, c] + 1; dq.append((nr, nc))
    return dist
print(bfs(start)[end])
def dijkstra(graph, src):
    pq = [(0, src)]; best = {src: 0}
    while pq:
        d, u = heapq.heappop(pq)
        if d > best.get(u, float("inf")): continue
        for v, w in graph[u]:
            nd = d + w
            if nd < best.get(v, float("inf")):
                best[v] = nd; heapq.heappush(pq, (nd, v))
    return best
g = defaultdict(list)
for a, b, w in [("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 5), ("C", "D", 8)]:
    g[a].append((b, w)); g[b].append((a, w))
print(sorted(dijkstra(g, "A").items()))
@functools.cache
def ways(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(100, 100))
nums = [int(x) for x in re.findall(r"-?\d+", "x=3, y=-7, z=12; w=0")]
print(nums, sum(nums), max(nums, key=abs))
print(sum(1 for a, b in itertools.pairwise([199, 200, 208, 210, 200, 207, 240, 269, 260, 263]) if b > a))
print(collections.Counter(itertools.chain.from_iterable(["abc", "bcd", "cde"])).most_common(2))
mat = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*mat)), [list(r) for r in zip(*mat[::-1])], [sum(col) for col in zip(*mat)])
seen = set(); pos = 0j; dirs = {"U": 1j, "D": -1j, "L": -1, "R": 1}
for m in "UURRDDLLLU": pos += dirs[m]; seen.add(pos)
print(len(seen), pos, sorted(seen, key=lambda z: (z.real, z.imag))[:3])
print(int("".join(str(int(c) ^ 1) for c in "10110"), 2), f"{0b1011:b}".count("1"))
print(functools.reduce(lambda a, b: a * b // __import__("math").gcd(a, b), [2, 3, 4, 5, 6]))
lines = sys.stdin.read().split("\n\n")
print(max(sum(map(int, grp.split())) for grp in lines))
