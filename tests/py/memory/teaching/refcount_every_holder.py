# sys.getrefcount of one object through every kind of holder: containers, attributes, slots,
# defaults, cells, bound methods, iterators, partials, exceptions, generators, weak references.
import sys, gc
class Node:
    def __init__(self, v): self.v = v
x = Node(1)
print("base", sys.getrefcount(x))
lst = [x, x, x]
print("list3", sys.getrefcount(x))
t = (x,)
print("tuple", sys.getrefcount(x))
d = {x: x}
print("dict kv", sys.getrefcount(x))
s = {x}
print("set", sys.getrefcount(x))
fs = frozenset([x])
print("frozenset", sys.getrefcount(x))
class Holder: pass
h = Holder(); h.a = x; h.b = x
print("attrs", sys.getrefcount(x))
def f(): return x
g = lambda y=x: y
print("default", sys.getrefcount(x))
def outer():
    z = x
    def inner(): return z
    return inner
inn = outer()
print("closure cell", sys.getrefcount(x))
m = x.__init__
print("bound method", sys.getrefcount(x))
it = iter(lst)
print("iter", sys.getrefcount(x), sys.getrefcount(lst))
e = enumerate(lst); z = zip(lst, lst); mp = map(id, lst)
print("enum/zip/map", sys.getrefcount(lst))
sl = lst[:]
print("slice copy", sys.getrefcount(x))
import collections
dq = collections.deque([x, x])
print("deque", sys.getrefcount(x))
od = collections.OrderedDict(a=x)
print("odict", sys.getrefcount(x))
cm = collections.ChainMap({'a': x})
print("chainmap", sys.getrefcount(x))
import functools
p = functools.partial(print, x)
print("partial", sys.getrefcount(x))
class S:
    __slots__ = ('a', 'b')
ss = S(); ss.a = x
print("slots", sys.getrefcount(x))
try:
    raise ValueError(x)
except ValueError as err:
    print("exc args", sys.getrefcount(x))
print("after exc", sys.getrefcount(x))
def gen():
    yield x
    yield x
gg = gen(); next(gg)
print("gen suspended", sys.getrefcount(x))
import weakref
r = weakref.ref(x)
print("weakref", sys.getrefcount(x), weakref.getweakrefcount(x))
pr = weakref.proxy(x)
print("proxy", sys.getrefcount(x), weakref.getweakrefcount(x))
print("type refcount delta")
c0 = sys.getrefcount(Node)
objs = [Node(i) for i in range(10)]
print(sys.getrefcount(Node) - c0)
del objs
print(sys.getrefcount(Node) - c0)
print(sys.getrefcount(property(lambda s: 1)))
mv = memoryview(b"abc"); b = b"xyz" * 3
print("bytes", sys.getrefcount(b)); mv2 = memoryview(b); print(sys.getrefcount(b))
ba = bytearray(b"hello")
mv3 = memoryview(ba); print("ba", sys.getrefcount(ba)); mv3.release(); print(sys.getrefcount(ba))
sup = super(Node, x); print("super", sys.getrefcount(x))
rv = reversed(lst); print("reversed", sys.getrefcount(lst))
fl = filter(None, lst); print("filter", sys.getrefcount(lst))
import itertools
ch = itertools.chain(lst, lst); print("chain", sys.getrefcount(lst))
cy = itertools.cycle([x]); print("cycle", sys.getrefcount(x))
rp = itertools.repeat(x, 3); print("repeat", sys.getrefcount(x))
