import itertools as it

print(list(it.product("ab", range(3))), list(it.product()), list(it.product([])), list(it.product([1, 2], [])))
print(list(it.product([0, 1], repeat=3)), list(it.product("ab", repeat=0)), list(it.product("ab", "c", repeat=2)))
print(len(list(it.product(range(4), repeat=4))), sum(1 for _ in it.product(range(3), range(3), range(3))))
def g():
    print("consumed")
    yield 1
    yield 2
p = it.product(g(), "xy")
print("created")
print(list(p))
print(it.product([1, 2], [3]).__sizeof__() > 0)
for bad in [lambda: it.product([1], repeat=-1), lambda: it.product(x=1), lambda: it.product(1), lambda: it.product([1], repeat="x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
kept = []
for t in it.product("ab", "cd"):
    kept.append(t)
print(kept, len(set(map(id, kept))))
