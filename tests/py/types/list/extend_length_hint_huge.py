import sys
class CustomIter:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return self.n
for n in [sys.maxsize, sys.maxsize - 3, 2**40, 2**62]:
    for start in ([], [1, 2, 3, 4]):
        try:
            a = list(start); a.extend(CustomIter(n)); print(a)
        except Exception as e: print(type(e).__name__, e)
try: print(list(CustomIter(sys.maxsize)))
except Exception as e: print(type(e).__name__, e)
try: CustomIter(2**63).__length_hint__(); import operator; operator.length_hint(CustomIter(2**63))
except Exception as e: print(type(e).__name__, e)
