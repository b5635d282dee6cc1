import itertools as it

print(list(it.chain("ab", [1, 2], (), range(3))), list(it.chain()), list(it.chain([])))
print(list(it.chain.from_iterable(["ab", "cd", [1]])), list(it.chain.from_iterable(iter([]))))
def gens():
    for i in range(3):
        print("making", i)
        yield range(i)
print(list(it.chain.from_iterable(gens())))
c = it.chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
print(list(c))
try:
    it.chain(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    it.chain.from_iterable(1)
except TypeError as e:
    print("TypeError", e)
print(type(it.chain.from_iterable([])).__name__, it.chain.from_iterable is it.chain.from_iterable)
class MyChain(it.chain):
    pass
mc = MyChain.from_iterable(["xy", "z"])
print(type(mc).__name__, list(mc), list(MyChain([1], [2])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([True, False]))))
print(list(it.compress(data="abc", selectors=[0, 1])), list(it.compress("abc", [1, 1, 1, 1, 1])), list(it.compress([], [1])))
for bad in [lambda: it.compress([1]), lambda: it.compress(1, [1]), lambda: it.compress([1], 1), lambda: it.compress([1], [2], [3])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
