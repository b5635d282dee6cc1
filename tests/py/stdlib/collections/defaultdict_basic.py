# defaultdict: __missing__, default_factory, repr, copies, | operator
import copy
from collections import defaultdict

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts)
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups))
print(groups.default_factory, counts.get("missing"), "missing" in counts)
nested = defaultdict(lambda: defaultdict(set))
nested["a"]["b"].add(1)
print(dict(nested["a"]))
dd = defaultdict(list, {1: [2]}, z=[3])
print(dd, dd.copy(), copy.deepcopy(dd), type(dd.copy()).__name__)
print(dd | {5: 6}, {5: 6} | dd)
print(dd.__reduce__()[:2])
none_dd = defaultdict()
print(none_dd, none_dd.default_factory)
try:
    none_dd["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError", e)
dd.default_factory = tuple
print(dd["new"], dd)
print(isinstance(dd, dict), defaultdict.__module__, defaultdict.__name__)
print(defaultdict(int) == {}, defaultdict(int, a=1) == {"a": 1})


class Recorder(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)


r = Recorder(str)
print(repr(r["q"]), r)
