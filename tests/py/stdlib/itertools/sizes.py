import itertools as it
import sys

objs = dict(count=it.count(), cycle=it.cycle([]), repeat=it.repeat(1), accumulate=it.accumulate([]), chain=it.chain(),
            compress=it.compress([], []), dropwhile=it.dropwhile(None, []), filterfalse=it.filterfalse(None, []),
            groupby=it.groupby([]), islice=it.islice([], 1), pairwise=it.pairwise([]), starmap=it.starmap(None, []),
            takewhile=it.takewhile(None, []), zip_longest=it.zip_longest(), tee=it.tee([])[0],
            product=it.product([1, 2], [3]), permutations=it.permutations([1, 2, 3]), combinations=it.combinations([1, 2, 3], 2),
            cwr=it.combinations_with_replacement("abcd", 3))
for name, o in objs.items():
    print(name, sys.getsizeof(o))
g = it.groupby("aab")
k, grp = next(g)
print("_grouper", sys.getsizeof(grp))
print(it.count.__basicsize__, it.product.__basicsize__, it._tee.__basicsize__, it._tee_dataobject.__basicsize__)
