# list.sort and sorted(): stability, key, reverse, mixed numbers and strings.
class Rnd:
    """A small LCG so the program needs no imports."""

    def __init__(self, seed):
        self.x = seed

    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return a + self.x % (b - a)


rnd = Rnd(5)
data = [rnd.randrange(-50, 50) for _ in range(300)]
print(sorted(data)[:20], sorted(data)[-5:])
print(sorted(data, reverse=True)[:10])
pairs = [(rnd.randrange(5), i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "", "é", "z", "\U0001f600", "\uffff"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([3, 1.5, True, 2, -0.5, False]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([[3], [1, 2], [], [1]]))
l = [5, 2, 9]
print(l.sort(), l)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted({5, 4, 3}))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [None, 1].sort()
except TypeError as e:
    print(e)
