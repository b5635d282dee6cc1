import itertools as it

a, b = it.tee(range(5))
print(list(a), list(b))
a, b, c = it.tee("abc", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(it.tee([1], 0), len(it.tee([1], 1)), type(it.tee([])[0]).__name__)
def gen():
    for i in range(4):
        print("produce", i)
        yield i
x, y = it.tee(gen())
print(next(x), next(x), next(y), next(y), next(y))
t1, t2 = it.tee(iter(range(200)))
print(sum(t1), sum(t2))
t3 = t1.__copy__()
print(list(t3))
a, b = it.tee(range(3))
c, d = it.tee(a)
print(type(c) is type(a), list(c), list(d), list(b))
import copy
e, = it.tee("xyz", 1)
next(e)
f = copy.copy(e)
print(list(e), list(f))
for bad in [lambda: it.tee([1], -1), lambda: it.tee(), lambda: it.tee(1), lambda: it.tee([1], 2, 3), lambda: it.tee([1], n=2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Copyable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def __copy__(self):
        print("custom copy")
        return Copyable(self.n * 10)
p, q, r = it.tee(Copyable(1), 3)
print(type(p).__name__, next(p), next(q), next(r))
