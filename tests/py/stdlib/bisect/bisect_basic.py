import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1), bisect.bisect_left("aceg", "d"), bisect.bisect_right(range(0, 100, 3), 50))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 5), bisect.bisect_right(a, 2, 0, 2), bisect.bisect(a, 5, lo=1, hi=5))
print(bisect.bisect_left(a, 2, hi=None), bisect.bisect_right(a, 2, 0, -1), bisect.bisect_right(a, 2, 0, -5), bisect.bisect_left(a, 100, 3, 3))
print(bisect.bisect_left(a=a, x=3), bisect.bisect_right(x=3, a=a, lo=1))
