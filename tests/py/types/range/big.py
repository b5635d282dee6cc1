# Huge ranges work with big ints: len overflows like CPython, indexing and slicing do not.
r = range(0, 10**20, 7)
print(r, r[10**18], r[-1], r[5:10**19:3], len(range(0, 2**52)), r.index(7 * 10**15), r.count(14))
print(10**19 in r, 7 * 10**18 in r, 7 * 10**18 + 1 in r, -7 in r)
print(range(2**63 - 5, 2**63 + 5)[3:7], list(range(2**63 - 2, 2**63 + 2)))
print(type(iter(range(2**63 - 1))).__name__, type(iter(range(-(2**63), 2**63 - 1))).__name__, type(iter(range(2**64))).__name__)
print(type(reversed(range(2**62))).__name__, type(reversed(range(2**64))).__name__)
it = iter(range(10**30, 10**30 + 3))
print(next(it), list(it))
it = reversed(range(-(10**30), -(10**30) + 9, 4))
print(list(it))
try:
    len(range(2**64))
except OverflowError as e:
    print(e)
try:
    range(2**64)[2**65]
except IndexError as e:
    print(e)
print(hash(range(10**20)) == hash(range(0, 10**20, 1)), range(10**20) == range(0, 10**20))
