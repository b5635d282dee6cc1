import bisect

log = []
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v if isinstance(other, C) else other))
        return self.v < (other.v if isinstance(other, C) else other)
    def __repr__(self):
        return f"C({self.v})"
arr = [C(v) for v in [1, 3, 3, 5, 7, 9, 11]]
print(bisect.bisect_left(arr, C(3)), log)
log.clear()
print(bisect.bisect_right(arr, C(3)), log)
log.clear()
bisect.insort(arr, C(6))
print(arr, log)
class Indexable:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        print("get", i)
        return i * i
print(bisect.bisect_left(Indexable(10), 30))
print(bisect.bisect_left(range(1000000), 123456), bisect.bisect_right(range(10, 0, -1), 5))
