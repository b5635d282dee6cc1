import sys, functools, itertools, operator, heapq, bisect, random, math
x = object()
def rc():
    return sys.getrefcount(x)
base = rc()
p = functools.partial(lambda a, b: a, x)
for _ in range(5): p(1)
print("partial", rc() - base)
f = functools.lru_cache(maxsize=2)(lambda a: a)
for i in range(5): f(x); f(i)
print("lru", rc() - base)
f.cache_clear()
print("lru cleared", rc() - base)
del p, f
print("after del", rc() - base)
l = [x] * 10
list(itertools.groupby(l))
list(itertools.accumulate(l, lambda a, b: a))
list(itertools.chain(l, l)); list(itertools.islice(l, 3)); list(itertools.pairwise(l)); list(itertools.zip_longest(l, [1]))
a, b = itertools.tee(l); list(a); list(b); del a, b
list(itertools.permutations(l[:4])); list(itertools.combinations(l, 2)); list(itertools.product(l[:3], repeat=2))
list(itertools.compress(l, [1]*10)); list(itertools.dropwhile(lambda v: False, l)); list(itertools.takewhile(lambda v: True, l))
c = itertools.cycle(l); [next(c) for _ in range(25)]; del c
r = itertools.repeat(x, 3); list(r); del r
print("itertools", rc() - base)
functools.reduce(lambda a, b: a, l)
operator.itemgetter(0)(l); operator.attrgetter("__class__")(x); operator.methodcaller("count", x)(l)
print("functools/operator", rc() - base)
h = []
for i in range(10): heapq.heappush(h, (i, x))
while h: heapq.heappop(h)
print("heapq", rc() - base)
s = sorted([1, 2, 3])
bisect.insort(s, 2)
random.choice(l); random.sample(l, 3); random.shuffle(l)
print("random", rc() - base)
del l
print("final", rc() - base)
print(sys.getrefcount(None) > 0)
