import ctypes
import sys


def rc(obj_id):
    return ctypes.c_long.from_address(obj_id).value


class Thing:
    pass


t = Thing()
addr = id(t)
print(rc(addr), sys.getrefcount(t) - 1 == rc(addr))
refs = [t] * 3
print(rc(addr))
d = {"a": t, "b": t}
print(rc(addr))
refs.clear()
d.clear()
print(rc(addr))
po = ctypes.py_object(t)
print(rc(addr), po.value is t)
del po
print(rc(addr))


def f(x):
    return rc(id(x))


print(f(t))
s = set()
print(rc(id(s)))
alias1 = alias2 = s
print(rc(id(s)))
del alias1
print(rc(id(s)))
obj_type = ctypes.c_void_p.from_address(id(s) + 8).value
print(obj_type == id(set), ctypes.cast(obj_type, ctypes.py_object).value is set)
tup = (s, s, t)
print(rc(id(s)), ctypes.cast(ctypes.c_void_p.from_address(id(tup) + 40).value, ctypes.py_object).value is t)
n = 12345678901
m = -n
print(ctypes.c_ssize_t.from_address(id(n) + 16).value, ctypes.c_ssize_t.from_address(id(m) + 16).value)
print(ctypes.c_long.from_address(id(n)).value)
print(ctypes.c_ssize_t.from_address(id(True) + 16).value)
