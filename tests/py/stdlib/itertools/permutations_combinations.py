import itertools as it
import math

print(list(it.permutations("abc")), list(it.permutations("abcd", 2)), list(it.permutations(range(3), 0)), list(it.permutations([], 0)))
print(list(it.permutations("ab", 3)), list(it.permutations("ab", None)), list(it.permutations([])))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 0)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 2)), list(it.combinations_with_replacement("", 0)))
print(list(it.combinations_with_replacement([1, 2], 3)), list(it.combinations_with_replacement("ab", 0)))
n = 7
for r in range(n + 2):
    print(r, len(list(it.permutations(range(n), r))) == math.perm(n, r), len(list(it.combinations(range(n), r))) == math.comb(n, r),
          len(list(it.combinations_with_replacement(range(n), r))) == math.comb(n + r - 1, r))
print(list(it.combinations(iterable="abc", r=2)), list(it.permutations(iterable=[1, 2], r=1)))
for bad in [lambda: it.combinations([1, 2], -1), lambda: it.combinations([1, 2]), lambda: it.permutations([1, 2], -1),
            lambda: it.combinations_with_replacement("ab", -2), lambda: it.permutations(1), lambda: it.combinations("ab", "2"),
            lambda: it.permutations("ab", 1, 2), lambda: it.combinations_with_replacement("a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
held = [t for t in it.combinations(range(4), 2)]
print(held)
print(sorted(it.permutations([3, 1, 2]))[:3], max(it.combinations([5, 1, 7, 3], 2), key=sum))
