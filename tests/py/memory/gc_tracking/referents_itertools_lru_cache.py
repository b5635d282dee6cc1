# gc.get_referents in CPython 3.11's traverse order: accumulate visits its function, its
# iterator, its running total and its initial value (None when not given, and once given out);
# dropwhile, takewhile, filterfalse and starmap their iterator before their function;
# zip_longest the tuple of its iterators, its result tuple and its fillvalue;
# an lru_cache visits each link's key, result and link type, then its cache dict, function,
# keyword marker, link type, CacheInfo class and __dict__; operator's attrgetter its tuple of
# names then its type, itemgetter its type then its item, methodcaller its name, arguments,
# keyword dict and type (all three heap types in CPython 3.11). heapstack listed accumulate's
# iterator first and left out the None, listed the others' function first, and showed neither
# the cache's keys nor its link type, nor the getters' types, zip_longest's and attrgetter's
# tuples or methodcaller's dict (objects gc.get_objects() counts in CPython).
import functools
import gc
import itertools
import operator


def kinds(o):
    return [("type " + x.__name__) if isinstance(x, type) else type(x).__name__ for x in gc.get_referents(o)]


plain = itertools.accumulate([1, 2, 3])
print("accumulate:", kinds(plain))
next(plain)
print("after next:", kinds(plain))
with_func = itertools.accumulate([1, 2, 3], operator.mul)
print("with func:", kinds(with_func))
with_initial = itertools.accumulate([1, 2], initial=10)
print("with initial:", kinds(with_initial))
print(next(with_initial), kinds(with_initial))
print(list(with_initial), kinds(with_initial))

for make in (itertools.dropwhile, itertools.takewhile, itertools.filterfalse, itertools.starmap):
    print(make.__name__, kinds(make(bool, [(1,), (2,)])))

longest = itertools.zip_longest([1, 2], "abc", fillvalue=0)
print("zip_longest:", kinds(longest), kinds(itertools.zip_longest()))
print(list(longest), kinds(longest))


@functools.lru_cache(maxsize=2)
def square(x):
    return [x * x]


print("empty cache:", kinds(square))
square(3)
print("one entry:", kinds(square))
for n in range(5):
    square(n)
print("full:", kinds(square), square.cache_info().currsize)
square.cache_clear()
print("cleared:", kinds(square))


@functools.lru_cache(maxsize=None)
def label(name, suffix="!"):
    return name + suffix


label("a")
label("b", suffix="?")
print("unbounded:", kinds(label))

print("attrgetter:", kinds(operator.attrgetter("real")), kinds(operator.attrgetter("a.b", "c")))
print("itemgetter:", kinds(operator.itemgetter(1)), kinds(operator.itemgetter(1, "k")))
print("methodcaller:", kinds(operator.methodcaller("split")), kinds(operator.methodcaller("split", ",", maxsplit=1)))
caller = operator.methodcaller("split", ",", maxsplit=1)
print(caller("a,b,c"), repr(caller), caller.__reduce__()[1])
getter = operator.attrgetter("real", "imag")
print(getter(3 + 4j), repr(getter), getter.__reduce__()[1])
