def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, a=3))
print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
print(f(1, *"ab", x=1, **dict(y=2)))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
def g(a, b):
    return a - b
print(g(b=1, a=5), g(*[9], **{"b": 4}))
