# The pure-Python sift helpers, and nsmallest/nlargest ties, key calls and comparison counts.
import heapq

h = [5, 9, 7, 12, 10, 8]
h.append(1)
heapq._siftdown(h, 0, len(h) - 1)
print(h)
h[0] = 20
heapq._siftup(h, 0)
print(h)
m = [3, 1, 2]
heapq._heapify_max(m)
m.append(9)
heapq._siftdown_max(m, 0, 3)
print(m)
m[0] = 0
heapq._siftup_max(m, 0)
print(m)

calls = []


class K:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        calls.append(("lt", self.tag, other.tag))
        return self.v < other.v

    def __eq__(self, other):
        calls.append(("eq", self.tag, other.tag))
        return self.v == other.v

    def __repr__(self):
        return f"K({self.v},{self.tag})"


items = [K(v, i) for i, v in enumerate([4, 1, 4, 2, 2, 9, 0, 4, 1])]
print(heapq.nsmallest(3, iter(items)), len(calls))
calls.clear()
print(heapq.nlargest(3, iter(items)), len(calls))
calls.clear()
print(heapq.nsmallest(4, items, key=lambda k: -k.v), len(calls))
keyed = []
print(heapq.nlargest(2, "hello world", key=lambda c: keyed.append(c) or ord(c)), "".join(keyed))
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(-1, [1, 2]), heapq.nsmallest(1, []), heapq.nlargest(1, [], key=abs))
print(heapq.nsmallest(5, {3: 0, 1: 0, 2: 0}), heapq.nlargest(2, (x * x for x in range(-3, 3))))
print(list(heapq.merge([1, 4], [], [2, 3], key=lambda x: -x, reverse=True)))
print(list(heapq.merge(iter([5, 3, 1]), iter([4, 2]), reverse=True)))
