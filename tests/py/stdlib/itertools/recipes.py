import itertools as it
import operator
import collections

def take(n, iterable):
    return list(it.islice(iterable, n))

def tabulate(function, start=0):
    return map(function, it.count(start))

def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(it.islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)

def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return it.chain.from_iterable(it.repeat(tuple(iterable), n))

def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))

def sliding_window(iterable, n):
    itr = iter(iterable)
    window = collections.deque(it.islice(itr, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in itr:
        window.append(x)
        yield tuple(window)

def triplewise(iterable):
    for (a, _), (b, c) in it.pairwise(it.pairwise(iterable)):
        yield a, b, c

print(take(5, tabulate(lambda x: x * x)), nth(range(10), 3), nth(range(3), 9, "dflt"))
i = iter(range(10))
consume(i, 3)
print(next(i))
print(all_equal("aaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 3, 0]), list(ncycles("ab", 3)))
print(list(flatten([[1, 2], [3]])), list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)), list(unique_justseen("AAAABBBCCDAABBB")))
print(list(sliding_window("ABCDEFG", 4)), list(triplewise("ABCDEFG")))
print(list(it.starmap(operator.mul, zip(range(5), it.count(10)))), dict(zip(it.count(1), "abc")))
