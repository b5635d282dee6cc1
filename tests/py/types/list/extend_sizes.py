# list.extend / += / list() pre-size the way CPython does (length hints, exact preallocation).
import sys


class NoLen:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


class Hinted:
    def __init__(self, n, hint):
        self.n = n
        self.hint = hint
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

    def __length_hint__(self):
        return self.hint


for n in [0, 1, 5, 9, 17, 40]:
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof(list(x for x in range(n))),
          sys.getsizeof(list(NoLen(n))), sys.getsizeof(list(Hinted(n, 3))), sys.getsizeof(list(Hinted(n, 100))))
l = [1, 2]
for chunk in [(1, 2, 3), [4] * 10, range(7), "abc", {1: 2, 3: 4}, (), iter([9, 9])]:
    l += chunk
    print(len(l), sys.getsizeof(l))
l.extend(l)
print(len(l), sys.getsizeof(l))
