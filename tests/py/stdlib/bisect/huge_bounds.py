# bisect over sequences longer than 2**53 (the binary search over a huge range idiom): bounds
# halve exactly, items past 2**53 are fetched with exact int indices, and too-large bounds raise.
import bisect, sys
print(bisect.bisect_left(range(10**18), 10**17 + 3))
print(bisect.bisect_left(range(sys.maxsize), sys.maxsize - 3))
print(bisect.bisect_right(range(2**60), 2**59 + 7, lo=3))
print(bisect.bisect_left(range(10**18), True, key=lambda v: v * v >= 10**30 + 12345))
for args in [([], 1, 2**64), ([], 1, 0, 2**63), ([], 1, -1), ([1, 2], 1, 2**62), ([1, 2, 3], 2, 0, 2**60)]:
    try:
        print(bisect.bisect_left(*args), bisect.bisect_right(*args))
    except Exception as e:
        print(type(e).__name__, e)
class Seq:
    def __len__(self): return 2**62
    def __getitem__(self, i): return i // 3
print(bisect.bisect_left(Seq(), 2**58), bisect.bisect_right(Seq(), 2**58))
print(bisect.bisect(range(0, 3 * 10**17, 3), 10**17 + 1, 5, 10**17))
r = [0, 2, 4]
try:
    bisect.insort(r, 3, 0, 2**60)
except IndexError as e:
    print("IndexError", e, r)
bisect.insort(r, 3, 0, 2)
print(r)
