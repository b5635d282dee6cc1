# itertools objects reduce as CPython 3.11's do (__reduce__/__setstate__): copy.copy shares the
# underlying iterators with the original, deepcopy and pickle copy them; part-way states (cycle
# past its first pass, groupby inside a group, tee links, permutations' cycles) carry over.
import copy
import itertools as it
import operator
import pickle


def double(x):
    return x * 2


def small(x):
    return x < 3


def mk():
    return {
        "count": it.count(5),
        "countf": it.count(1.5, 0.5),
        "repeat": it.repeat("x", 3),
        "cycle": it.cycle("abc"),
        "chain": it.chain("ab", "cd"),
        "from_iterable": it.chain.from_iterable(["ab", "", "cd"]),
        "islice": it.islice(range(10), 2, 8, 2),
        "islice_none": it.islice("abcdef", 1, None),
        "accumulate": it.accumulate([1, 2, 3]),
        "accumulate_f": it.accumulate([1, 2, 3], operator.mul, initial=10),
        "compress": it.compress("abcd", [1, 0, 1, 1]),
        "dropwhile": it.dropwhile(small, [1, 2, 3, 1]),
        "takewhile": it.takewhile(small, [1, 2, 3, 1]),
        "filterfalse": it.filterfalse(None, [0, 1, 0, 2]),
        "starmap": it.starmap(pow, [(2, 3), (3, 2), (2, 2)]),
        "zip_longest": it.zip_longest("ab", "xyz", fillvalue="-"),
        "product": it.product("ab", repeat=2),
        "permutations": it.permutations("abc", 2),
        "combinations": it.combinations("abcd", 2),
        "cwr": it.combinations_with_replacement("ab", 2),
        "groupby": it.groupby("aabbc"),
        "groupby_key": it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2),
        "tee": it.tee("abc")[0],
    }


def take(obj, name):
    r = list(it.islice(obj, 6))
    if name.startswith("groupby"):
        r = [(k, list(g)) for k, g in r]
    return r


for how in ("copy", "deepcopy", "pickle"):
    for name, obj in mk().items():
        next(obj, None)
        try:
            if how == "copy":
                c = copy.copy(obj)
            elif how == "deepcopy":
                c = copy.deepcopy(obj)
            else:
                c = pickle.loads(pickle.dumps(obj))
            print(how, name, take(c, name), take(obj, name))
        except Exception as e:
            print(how, name, type(e).__name__, e)

# states part-way through
c = it.cycle("abc")
print([next(c) for _ in range(5)], take(copy.deepcopy(c), "c"), take(pickle.loads(pickle.dumps(c)), "c"))
g = it.groupby("aaabbc")
k, grp = next(g)
print(k, next(grp), [(k2, list(g2)) for k2, g2 in copy.deepcopy(g)], list(grp))
a, b = it.tee(range(200))
for _ in range(120):
    next(a)
a2 = pickle.loads(pickle.dumps(a))
print(next(a2), next(a), next(b), list(it.islice(copy.deepcopy(b), 3)))
p = it.permutations(range(4), 3)
for _ in range(7):
    next(p)
print(list(it.islice(copy.deepcopy(p), 4)), list(it.islice(p, 4)))
acc = it.accumulate([None, 1, 2], lambda a, b: b if a is None else a + b)
next(acc)
print(acc.__reduce__()[0].__name__, list(copy.deepcopy(acc)), list(acc))
ex = it.islice("abc", 1)
print(list(ex), ex.__reduce__()[1][1:], ex.__reduce__()[2])
ch = it.chain("a").__reduce__()
print(ch[1], type(ch[2][0]).__name__, it.compress("ab", [1]).__reduce__()[0].__name__)
z = it.zip_longest("a", "bc")
print(list(z), [type(x).__name__ for x in z.__reduce__()[1]], z.__reduce__()[2])
for t, state in [
    (it.cycle("ab"), 1),
    (it.cycle("ab"), (1,)),
    (it.cycle("ab"), ([], "x")),
    (it.cycle("ab"), (1, 2)),
    (it.chain(), (1, 2, 3)),
    (it.chain(), ([],)),
    (it.islice("abc", 2), "x"),
    (it.product("ab"), (0, 1)),
    (it.combinations("abc", 2), (0,)),
    (it.permutations("abc", 2), 5),
    (it.permutations("abc", 2), ((0, 1, 2), (3,))),
    (it.tee("ab")[0], (1, 2)),
    (it.groupby("ab"), (1, 2)),
]:
    try:
        t.__setstate__(state)
        print(type(t).__name__, "ok", list(it.islice(t, 5)))
    except (TypeError, ValueError) as e:
        print(type(t).__name__, type(e).__name__, e)
for bad in [lambda: it._grouper(1, 2), lambda: type(it.tee("a")[0].__reduce__()[2][0])(1, 2, 3),
            lambda: it.count().__reduce__(1), lambda: it.repeat(1).__reduce__(x=1),
            lambda: it.chain().__reduce__(2), lambda: it.cycle("a").__setstate__()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
