# Proxies to containers support len, item access, iteration and membership.
import weakref


class MyList(list):
    pass


class MyDict(dict):
    pass


lst = MyList([1, 2, 3])
p = weakref.proxy(lst)
print(len(p), p[0], p[-1], list(p), 2 in p, 9 in p)
p[0] = 100
del p[1]
print("mutated through proxy:", lst)
print("reversed:", list(reversed(p)))
d = MyDict(a=1)
pd = weakref.proxy(d)
pd["b"] = 2
print(sorted(pd.items()), pd["a"], len(pd))
it = iter(p)
print("iterator is not a proxy:", type(it).__name__)
