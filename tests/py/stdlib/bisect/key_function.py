import bisect
from operator import itemgetter

records = [("alice", 21), ("bob", 25), ("carol", 25), ("dave", 30)]
key = itemgetter(1)
print(bisect.bisect_left(records, 25, key=key), bisect.bisect_right(records, 25, key=key), bisect.bisect(records, 26, key=key))
bisect.insort(records, ("eve", 25), key=key)
bisect.insort_left(records, ("fay", 25), key=key)
print(records)
calls = []
def k(x):
    calls.append(x)
    return x * 2
data = list(range(0, 40, 4))
print(bisect.bisect_left(data, 12, key=k), calls)
calls.clear()
bisect.insort(data, 6, key=k)
print(data, calls)
print(bisect.bisect_left([1, 2, 3], 2, key=None))
try:
    bisect.bisect_left([1], 1, key=1)
except TypeError as e:
    print("TypeError", e)
words = sorted(["pear", "fig", "apple", "kiwi"], key=len)
print(words, bisect.bisect(words, 4, key=len), bisect.bisect_left(words, 4, key=len))
