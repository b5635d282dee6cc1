import gc
import functools
import itertools
import operator

gc.collect()
gc.disable()


def cycle_partial():
    n = []
    n.append(functools.partial(print, n))


def cycle_partial_kw():
    n = []
    n.append(functools.partial(print, sep=n))


def cycle_lru():
    n = []
    f = functools.lru_cache(maxsize=None)(lambda x: n)
    n.append(f)
    f(1)


def cycle_bounded_lru():
    n = []
    f = functools.lru_cache(maxsize=4)(lambda x: n)
    n.append(f)
    f(1)
    f(2)


def cycle_itemgetter():
    n = []
    n.append(operator.itemgetter(n))


def cycle_methodcaller():
    n = []
    n.append(operator.methodcaller("count", n))


def cycle_chain():
    n = []
    n.append(itertools.chain([n]))


def cycle_tee():
    n = []
    a, b = itertools.tee([n, n])
    next(a)
    n.append((a, b))


def cycle_groupby():
    n = []
    g = itertools.groupby([n, n])
    k, grp = next(g)
    n.append((g, grp))


def cycle_cycle():
    n = []
    c = itertools.cycle([n])
    next(c)
    n.append(c)


def cycle_accumulate():
    n = []
    a = itertools.accumulate([n, n], lambda x, y: x)
    next(a)
    n.append(a)


def cycle_key():
    n = []
    k = functools.cmp_to_key(lambda a, b: 0)(n)
    n.append(k)


for make in [cycle_partial, cycle_partial_kw, cycle_lru, cycle_bounded_lru, cycle_itemgetter, cycle_methodcaller, cycle_chain,
             cycle_tee, cycle_groupby, cycle_cycle, cycle_accumulate, cycle_key]:
    make()
    print(make.__name__, gc.collect())
gc.enable()
