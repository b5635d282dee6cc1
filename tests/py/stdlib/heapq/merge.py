import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 3], [8, 4], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])), list(heapq.merge([2], [])))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")])), list(heapq.merge([1, 1], [1, 1], key=lambda x: 0)))
def gen(name, values):
    for v in values:
        print("pull", name, v)
        yield v
m = heapq.merge(gen("a", [1, 4]), gen("b", [2, 3]))
print(next(m), next(m))
print(list(m))
class K:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
print(list(heapq.merge([K(1), K(5)], [K(2), K(3)], [K(4)])), K.calls)
