# frozenset hashes (order independent), frozensets as keys, and set/frozenset equality.
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset({-1, -2})), hash(frozenset({2**70, -(2**70)})), hash(frozenset({(1, 2), (3,)})))
print(hash(frozenset({frozenset({1}), frozenset()})))
print(hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
fs = frozenset({1, 2})
d = {fs: "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], {1, 2} == fs, fs == {2, 1}, {fs, frozenset([1, 2])})
print({1, 2} in {fs}, {frozenset({1})}, frozenset({1}) in {frozenset({1})})
print(frozenset(fs) is fs, fs.copy() is fs, frozenset([1]) is frozenset([1]))
