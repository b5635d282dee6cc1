import itertools as it

print(list(it.pairwise("abcde")), list(it.pairwise([1])), list(it.pairwise([])), list(it.pairwise(range(4))))
pw = it.pairwise(iter([1, 2, 3]))
print(next(pw), next(pw), list(pw), list(pw))
print(list(it.zip_longest("abc", [1, 2])), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.zip_longest()))
print(list(it.zip_longest([1], [], [2, 3], fillvalue=None)), list(it.zip_longest("a")), list(it.zip_longest([], [])))
def g(n):
    for i in range(n):
        print("g", n, i)
        yield i
print(list(it.zip_longest(g(1), g(3))))
z = it.zip_longest([1, 2], [3])
print(next(z), next(z), list(z), list(z))
for bad in [lambda: it.pairwise(), lambda: it.pairwise(1), lambda: it.pairwise([1], [2]), lambda: it.zip_longest(x=1), lambda: it.zip_longest(1),
            lambda: it.zip_longest([1], fillvalue=0, other=1), lambda: it.pairwise(iterable=[1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise RuntimeError("boom")
z = it.zip_longest([1, 2], Bad())
try:
    next(z)
except RuntimeError as e:
    print("RuntimeError", e)
print(list(z))
