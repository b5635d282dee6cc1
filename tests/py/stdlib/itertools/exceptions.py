import itertools as it

class Fail(Exception):
    pass

def bad_gen(n):
    for i in range(n):
        yield i
    raise Fail("after %d" % n)

for name, make in [("chain", lambda: it.chain(bad_gen(2), [9])), ("islice", lambda: it.islice(bad_gen(2), 5)),
                   ("accumulate", lambda: it.accumulate(bad_gen(2))), ("cycle", lambda: it.cycle(bad_gen(2))),
                   ("compress", lambda: it.compress(bad_gen(2), it.repeat(1))), ("pairwise", lambda: it.pairwise(bad_gen(3))),
                   ("starmap", lambda: it.starmap(pow, zip(bad_gen(2), it.repeat(2)))), ("zip_longest", lambda: it.zip_longest(bad_gen(1), [1, 2, 3])),
                   ("groupby", lambda: it.groupby(bad_gen(3))), ("tee", lambda: it.tee(bad_gen(2))[0]), ("product", lambda: it.product(bad_gen(2))),
                   ("filterfalse", lambda: it.filterfalse(None, bad_gen(3)))]:
    obj = make()
    got = []
    try:
        for x in obj:
            got.append(x if name != "groupby" else x[0])
    except Fail as e:
        print(name, got, "Fail", e)
    try:
        print(name, "after:", next(obj, "exhausted"))
    except Fail as e:
        print(name, "after: Fail", e)

def boom_key(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    print([k for k, g in it.groupby([1, 2, 3], boom_key)])
except KeyError as e:
    print("KeyError", e)
try:
    list(it.accumulate([1, 2, 3], lambda a, b: a / (b - 2)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def reentrant():
    yield next(t)
t = it.tee(reentrant())[0]
try:
    next(t)
except RuntimeError as e:
    print("RuntimeError", e)
