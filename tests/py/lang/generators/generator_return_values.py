def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count if count else None
        total += value
        count += 1

def grouper(results, key):
    results[key] = yield from averager()

results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    try:
        g.send(None)
    except StopIteration:
        pass
print(results)

def gen_returns():
    yield 1
    return "the end"
try:
    it = gen_returns()
    next(it)
    next(it)
except StopIteration as e:
    print("value:", e.value)
