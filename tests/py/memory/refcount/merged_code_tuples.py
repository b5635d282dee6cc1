# CPython's compiler merges equal constants across one compilation, and also the co_consts and
# co_names tuples themselves (makecode's merge_const_one): functions with the same constants or
# names share one tuple, which shows in identity and in reference counts.
import sys

def f():
    return 1000

def g():
    return 1000

def a(x):
    return x.field

def b(z):
    return z.field

def c():
    return lambda: 1000

print(f.__code__.co_consts is g.__code__.co_consts, f.__code__.co_consts)
print(a.__code__.co_names is b.__code__.co_names, a.__code__.co_varnames is b.__code__.co_varnames)
print(c.__code__.co_consts is f.__code__.co_consts, c().__code__.co_consts is f.__code__.co_consts)
print(sys.getrefcount(1000), sys.getrefcount(f.__code__.co_consts))

code = compile("def h(): return 1000\ndef k(): return 1000\n", "<s>", "exec")
ns = {}
exec(code, ns)
print(ns["h"].__code__.co_consts is ns["k"].__code__.co_consts, ns["h"].__code__.co_consts is f.__code__.co_consts)
