import random

r = random.Random(3)
for n in [0, 1, 2, 5, 10, 30]:
    l = list(range(n))
    r.shuffle(l)
    print(n, l)
s = list("heapstack")
r.shuffle(s)
print("".join(s))
class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
q = Seq([1, 2, 3, 4])
r.shuffle(q)
print(q.items)
try:
    r.shuffle((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
