def inner():
    x = yield "inner-1"
    print("inner received", x)
    y = yield "inner-2"
    print("inner received", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-end"

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    next(g)
except StopIteration:
    print("exhausted")

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3))))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
