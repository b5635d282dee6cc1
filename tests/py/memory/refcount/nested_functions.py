# Functions created in a loop each hold their own defaults and closures.
import sys


class V:
    pass


v = V()
funcs = []
for i in range(3):
    def f(x=v):
        return x

    funcs.append(f)
print("three functions with the default:", sys.getrefcount(v))
del f
funcs.clear()
print("functions gone:", sys.getrefcount(v))


def factory(obj):
    return [lambda: obj for _ in range(4)]


lams = factory(v)
print("four lambdas share one cell:", sys.getrefcount(v), len({id(l.__closure__[0]) for l in lams}))
del lams
print("end:", sys.getrefcount(v))
