# pairwise whose input iterator calls the same pairwise again (gh-109786, in 3.11.7): an inner
# call that ends the pairwise ends the outer one too, and the pair kept across the call stays.
from itertools import pairwise


def run(maxcount):
    class I:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]

    it = pairwise(I())
    return list(it)


for n in range(1, 6):
    print(n, run(n))


def run2(when):
    class J:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.count += 1
            if self.count > 6:
                raise StopIteration
            if self.count in when:
                return (self.count, next(it, None))
            return self.count

    it = pairwise(J())
    return list(it)


for when in ({1}, {2}, {3}, {2, 3}, {1, 4}):
    print(sorted(when), run2(when))
