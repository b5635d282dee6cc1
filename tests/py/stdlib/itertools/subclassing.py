import itertools as it

class Counter(it.count):
    pass
c = Counter(5, 2)
print(type(c).__name__, next(c), next(c), repr(c), isinstance(c, it.count))
class R(it.repeat):
    def __init__(self, *args):
        self.note = "noted"
r = R("z", 2)
print(list(r), r.note, repr(r))
class Ch(it.chain):
    def extra(self):
        return "extra"
ch = Ch("ab", "c")
print(list(ch), ch.extra())
class Acc(it.accumulate):
    pass
print(list(Acc([1, 2, 3])))
class Prod(it.product):
    pass
print(list(Prod("ab", repeat=2)))
class Z(it.zip_longest):
    pass
print(list(Z([1], [2, 3], fillvalue=0)))
for t in [it._grouper, it._tee, it._tee_dataobject]:
    try:
        class X(t):
            pass
        print("subclassed", t.__name__)
    except TypeError as e:
        print("TypeError", e)
class Cy(it.cycle):
    pass
try:
    Cy("a", x=1)
except TypeError as e:
    print("TypeError", e)
print([t.__name__ for t in [it.count, it.cycle, it.repeat, it.accumulate, it.chain, it.compress, it.dropwhile, it.filterfalse, it.groupby, it.islice,
       it.pairwise, it.permutations, it.product, it.starmap, it.takewhile, it.zip_longest, it.combinations, it.combinations_with_replacement]])
print(it.count.__module__, it.chain.__module__, repr(it.groupby))
