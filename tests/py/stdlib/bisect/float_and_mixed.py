import bisect

a = [0.5, 1.0, 1.5, 2.0]
print(bisect.bisect(a, 1), bisect.bisect_left(a, 1), bisect.bisect(a, True), bisect.bisect_left(a, float("nan")), bisect.bisect_right(a, float("inf")))
b = ["apple", "banana", "cherry"]
print(bisect.bisect(b, "b"), bisect.bisect(b, "banana"), bisect.bisect_left(b, "banana"), bisect.bisect(b, ""))
c = [(1, "a"), (1, "c"), (2, "a")]
print(bisect.bisect(c, (1, "b")), bisect.bisect_left(c, (1,)), bisect.bisect_right(c, (1, "z")))
t = tuple(range(20))
print(bisect.bisect_left(t, 7), bisect.bisect_right(t, 7, 10, 15))
