import heapq

log = []
class Item:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return self.tag

items = [Item(v, f"i{k}") for k, v in enumerate([5, 3, 5, 1, 3, 4, 1, 2])]
h = items[:]
heapq.heapify(h)
print(h, log)
log.clear()
heapq.heappush(h, Item(3, "new"))
print(h, log)
log.clear()
print(heapq.heappop(h), h, log)
log.clear()
print(heapq.heappushpop(h, Item(0, "small")), heapq.heapreplace(h, Item(9, "big")), h, log)
class Mutator:
    def __init__(self, v, heap):
        self.v, self.heap = v, heap
    def __lt__(self, other):
        self.heap.append(Mutator(0, self.heap))
        return self.v < other.v
heap = []
heap.extend([Mutator(1, heap), Mutator(2, heap)])
try:
    heapq.heappush(heap, Mutator(0, heap))
except RuntimeError as e:
    print("RuntimeError", e)
class Boom:
    def __lt__(self, other):
        raise ValueError("no compare")
try:
    heapq.heapify([Boom(), Boom(), Boom()])
except ValueError as e:
    print("ValueError", e)
