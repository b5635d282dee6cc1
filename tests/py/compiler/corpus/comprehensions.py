a = [x for x in range(10)]
b = {x for x in range(10) if x % 2}
c = {k: v for k, v in items}
d = (x for x in range(10))
e = [x * y for x in range(3) for y in range(3) if x != y]
f = [[y for y in range(x)] for x in range(3)]
g = [x for x in [1, 2, 3]]
h = [y for x in data for y in [x]]
i = [x for x in range(3) if x if x > 1]

def in_func(n):
    return [i + n for i in range(n)]

def walrus(data):
    if (n := len(data)) > 10:
        return n
    return [y := f(x) for x in data], y

async def async_comp():
    return [x async for x in aiter()], [await x for x in y], {x: y async for x, y in z}

def genexp_arg(xs):
    return sum(x for x in xs)

def nested_closure(a):
    return [lambda: a + b for b in range(3)]
