def g():
    x = yield
    print("x =", x)
    y = yield x * 2
    print("y =", y)
    z = (yield) or "default"
    print("z =", z)
    yield [i for i in range(2)]

it = g()
print(next(it))
print(it.send(5))
print(it.send(7))
print(it.send(None))
print(it.send("a"))
