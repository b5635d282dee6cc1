import functools

def numeric(a, b):
    return a - b
def reverse_len(a, b):
    return len(b) - len(a)
print(sorted([5, 2, 9, 1], key=functools.cmp_to_key(numeric)), sorted(["aaa", "b", "cc"], key=functools.cmp_to_key(reverse_len)))
K = functools.cmp_to_key(numeric)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, type(K).__name__, type(k1).__name__)
print(min([3, 1, 2], key=functools.cmp_to_key(numeric)), max("bca", key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))
calls = []
def logging_cmp(a, b):
    calls.append((a, b))
    return (a > b) - (a < b)
sorted([3, 1, 2], key=functools.cmp_to_key(logging_cmp))
print(len(calls) > 0)
for bad in [lambda: hash(k1), lambda: k1 < 1, lambda: K(), lambda: K(1, 2), lambda: functools.cmp_to_key(), lambda: K(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(K(obj=5).obj, functools.cmp_to_key(mycmp=numeric)(3).obj)
k1.obj = 10
print(k1 > k2)
class Weird:
    def __lt__(self, other):
        return "weird"
print(K(1) < K(1), functools.cmp_to_key(lambda a, b: Weird())(1) < functools.cmp_to_key(lambda a, b: 0)(1) if False else "skip")
