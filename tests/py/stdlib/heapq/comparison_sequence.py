import heapq

log = []
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v
    def __gt__(self, other):
        log.append(("gt", self.v, other.v))
        return self.v > other.v
    def __eq__(self, other):
        log.append(("eq", self.v, other.v))
        return self.v == other.v
    def __repr__(self):
        return f"V({self.v})"
vals = [V(x) for x in [4, 9, 1, 7, 3, 3, 8]]
print(heapq.nsmallest(3, iter(vals)))
print(log)
log.clear()
print(heapq.nlargest(3, iter(vals)))
print(log)
log.clear()
print(heapq.nsmallest(2, iter(vals), key=lambda x: x))
print(len(log))
log.clear()
print(heapq.nsmallest(1, vals), heapq.nlargest(1, vals), log)
