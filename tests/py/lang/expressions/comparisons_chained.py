print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5.0, 5 != "5")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print([1, 2] < [1, 3], (1, 2, 3) < (1, 2), "apple" < "banana", "Z" < "a")
print(None is None, [] is [], 1 in [1, 2], 3 not in (1, 2), "ell" in "hello")
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([] < None)
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]
b = a
print(a is b, a == [1, 2], a is not [1, 2])
print(float("nan") == float("nan"), float("inf") > 1e308)
