import ctypes
import sys

a = []
b = a
print(ctypes.c_long.from_address(id(a)).value)
print(ctypes.c_ssize_t.from_address(id(a)).value)
c = [a, a]
print(ctypes.c_long.from_address(id(a)).value, sys.getrefcount(a))
del c
print(ctypes.c_long.from_address(id(a)).value)
print(ctypes.c_void_p.from_address(id(a) + 8).value == id(list))
print(ctypes.c_long.from_address(id(a) + 8).value == id(type(a)))
t = (1, 2, 3, "x")
print(ctypes.c_ssize_t.from_address(id(t) + 16).value)
print(ctypes.c_long.from_address(id(t) + 24).value == id(t[0]))
l = [1, 2, 3, 4, 5]
print(ctypes.c_ssize_t.from_address(id(l) + 16).value)
for n in [10**20, -(2**65), 5 + 2**40]:
    print(ctypes.c_ssize_t.from_address(id(n) + 16).value)
big = 2**31 + 7
print(ctypes.c_uint32.from_address(id(big) + 24).value, ctypes.c_uint32.from_address(id(big) + 28).value)
f = 2.5 * 3
print(ctypes.c_double.from_address(id(f) + 16).value)
s = "hello" + str(len(l))
print(ctypes.c_ssize_t.from_address(id(s) + 16).value)
print(ctypes.string_at(id(s) + 48, 6))
bs = bytes(range(65, 70))
print(ctypes.c_ssize_t.from_address(id(bs) + 16).value, ctypes.string_at(id(bs) + 32, 5))

x = object()
y = ctypes.cast(id(x), ctypes.py_object).value
print(y is x)
print(ctypes.c_long.from_address(id(x)).value)
del y
print(ctypes.c_long.from_address(id(x)).value)
d = {"k": [1]}
print(ctypes.cast(id(d), ctypes.py_object).value is d)
print(ctypes.py_object(d).value is d)
