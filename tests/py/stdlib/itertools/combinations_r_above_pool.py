# combinations / permutations with r larger than the pool yield nothing without allocating r indices
import itertools
import sys

print(list(itertools.combinations("AA", 2**24)), list(itertools.permutations("AB", 2**24)))
print(list(itertools.combinations("ABC", 4)), list(itertools.permutations("AB", 3)))
print(list(itertools.combinations_with_replacement("", 2**24)))
c = itertools.combinations(range(3), 5)
print(sys.getsizeof(c) - sys.getsizeof(itertools.combinations(range(3), 0)))
print(list(itertools.combinations(range(4), 2)), list(itertools.permutations(range(3), 2)))
