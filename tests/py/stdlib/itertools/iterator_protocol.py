import itertools as it

objs = [it.count(), it.cycle("a"), it.repeat(1), it.accumulate([1]), it.chain(), it.compress("a", [1]), it.dropwhile(bool, []),
        it.filterfalse(None, []), it.groupby([]), it.islice([], 1), it.pairwise([]), it.starmap(pow, []), it.takewhile(bool, []),
        it.zip_longest(), it.product(), it.permutations([]), it.combinations([], 0), it.combinations_with_replacement([], 0), it.tee([])[0]]
for o in objs:
    print(type(o).__name__, iter(o) is o, hasattr(o, "__next__"))
e = it.chain([1, 2])
print(next(e), next(e), next(e, "done"), next(e, "again"))
print(sorted(it.chain([3, 1], [2])), max(it.islice(it.count(), 10)), set(it.repeat(4, 3)), tuple(it.permutations("ab")))
print(list(map(len, it.combinations("abcde", 3)))[:3], "".join(it.chain.from_iterable(zip("ace", "bdf"))))
x = it.islice(it.count(), 3)
print(list(enumerate(x)), list(x))
print(list(zip(it.count(1), "abc", it.cycle([True, False]))), dict(it.zip_longest("ab", [1])))
for expr in ["it.accumulate(x=1)", "it.groupby(key=1)", "it.combinations(r=1)", "it.combinations([1], r=1, x=2)", "it.count(x=1, start=2)",
             "it.repeat(times=2)", "it.compress(data=1)", "it.repeat(1, object=2)", "it.permutations(r=2)", "it.count(1, 2, x=3)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "TypeError", e)
