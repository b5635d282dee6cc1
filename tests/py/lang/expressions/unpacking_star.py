first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
print([*range(3), *"xy", *[9]])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print((*[1, 2],), {*[1, 1, 2]})
def f(a, b, c):
    return a + b + c
args = [1, 2]
print(f(*args, 3), f(*"abc"), f(**{"a": 1, "b": 2, "c": 3}))
x, y = y, x = 1, 2
print(x, y)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
