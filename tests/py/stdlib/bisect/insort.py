import bisect

a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
    print(a)
b = [1, 1, 1]
bisect.insort_left(b, 1.0)
bisect.insort_right(b, True)
print(b, [type(v).__name__ for v in b])
c = [10, 20, 30]
bisect.insort(c, 25, 0, 1)
bisect.insort_left(c, 5, lo=2)
print(c)
class Seq:
    def __init__(self):
        self.data = [1, 3]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def insert(self, i, v):
        print("insert", i, v)
        self.data.insert(i, v)
s = Seq()
bisect.insort(s, 2)
print(s.data)
try:
    bisect.insort((1, 2), 3)
except AttributeError as e:
    print("AttributeError", e)
