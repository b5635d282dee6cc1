def f(a, b, /, c, d=4, *, e, f=6, **rest):
    return (a, b, c, d, e, f, rest)

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, g=7))
for call in [
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5, e=6),
    lambda: f(1, 2, 3, c=3, e=1),
]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)

def g(x, y, z):
    return x + y + z
for call in [lambda: g(1), lambda: g(1, 2), lambda: g(), lambda: g(1, 2, 3, 4), lambda: g(1, 2, 3, w=1)]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)

def h(*, key):
    return key
try:
    h()
except TypeError as err:
    print("TypeError:", err)
try:
    h(1)
except TypeError as err:
    print("TypeError:", err)

def k(a, b=1, *args, **kwargs):
    return a, b, args, kwargs
print(k(*[1, 2, 3], **{"x": 1}))
try:
    k(1, **{"a": 2})
except TypeError as err:
    print("TypeError:", err)
try:
    k(**{1: 2})
except TypeError as err:
    print("TypeError:", err)
class M:
    def meth(self, x):
        return x
try:
    M().meth()
except TypeError as err:
    print("TypeError:", err)
try:
    M().meth(1, 2)
except TypeError as err:
    print("TypeError:", err)
