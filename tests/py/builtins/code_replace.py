# code.replace(): names, flags, first line and constants change; bad arguments get CPython's errors.
def f(x):
    return x + 41


c = f.__code__
for a, k in [((1,), {}), ((), {"co_flags": "x"}), ((), {"bogus": 1}), ((), {"co_names": (1,)}), ((), {"co_name": 5})]:
    try:
        c.replace(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
c2 = c.replace(co_name="renamed", co_qualname="Q.renamed", co_firstlineno=100)
print(c2.co_name, c2.co_qualname, c2.co_firstlineno, c2 is c, c2.co_argcount, c.replace().co_name)
f.__code__ = c2
print(f(1), f.__name__, f.__code__.co_name)
c3 = c.replace(co_consts=tuple(41 * 2 if v == 41 else v for v in c.co_consts))
f.__code__ = c3
print(f(1), c3.co_consts == c.co_consts)
try:
    f()
except TypeError as e:
    print(e)
