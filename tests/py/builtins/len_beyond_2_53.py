# len() and __len__ of lengths between 2**53 and sys.maxsize: a range's, and what a class's
# __len__ returns, are exact ints (not the nearest double), and the limits raise as in python3.
import sys


class Huge:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Index:
    def __index__(self):
        return 2**60 + 3


class ViaIndex:
    def __len__(self):
        return Index()


for n in (2**53 + 1, 2**60 + 1, sys.maxsize):
    print(len(Huge(n)), Huge(n).__len__(), len(Huge(n)) == n)
print(len(ViaIndex()))
r = range(sys.maxsize - 1)
print(len(r), r.__len__(), len(range(0, sys.maxsize, 3)), len(range(-sys.maxsize, sys.maxsize - 3, 2)))
print(len(range(10**16 + 1)), range(2**53 + 7).__len__(), bool(range(2**60)))
for bad in (Huge(sys.maxsize + 1), Huge(-1), range(sys.maxsize + 5)):
    try:
        len(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(len([1, 2]), len({}), [].__len__(), len("abc"))
