# Closures and decorators: counters, memoization, wrapper chains, nonlocal state, lambdas.
def counter():
    n = 0

    def inc(k=1):
        nonlocal n
        n += k
        return n

    return inc


def memoize(f):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        r = f(*args)
        cache[args] = r
        return r

    wrapper.cache = cache
    return wrapper


def logged(tag):
    def deco(f):
        calls = [0]

        def wrapper(*args, **kwargs):
            calls[0] += 1
            return f(*args, **kwargs)

        wrapper.calls = calls
        wrapper.tag = tag
        return wrapper

    return deco


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


@logged("add")
def add(a, b, scale=1):
    return (a + b) * scale


inc = counter()
adders = [lambda x, k=k: x + k for k in range(10)]
total = 0
for i in range(1_000_000):
    total += add(i, 1, scale=2) + adders[i % 10](i)
    inc(i % 3)
compose = lambda f, g: lambda x: f(g(x))
double_then_inc = compose(lambda x: x + 1, lambda x: x * 2)
s = sum(double_then_inc(i) for i in range(600_000))
print(total, inc(0), add.calls[0], add.tag, paths(60, 60) % 1000003, len(paths.cache), s)
