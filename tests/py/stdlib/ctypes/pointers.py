import ctypes

i = ctypes.c_int(42)
p = ctypes.pointer(i)
print(type(p).__name__, ctypes.POINTER(ctypes.c_int) is type(p), ctypes.sizeof(p))
print(p.contents.value, p[0])
p[0] = 7
print(i.value)
p.contents.value = 8
print(i.value, p.contents.value)
print(ctypes.addressof(i) == ctypes.addressof(p.contents))
print(ctypes.cast(p, ctypes.c_void_p).value == ctypes.addressof(i))
print(bool(p), bool(ctypes.POINTER(ctypes.c_int)()))
arr = (ctypes.c_int * 4)(10, 20, 30, 40)
ip = ctypes.cast(arr, ctypes.POINTER(ctypes.c_int))
print(ip[0], ip[3])
ip[2] = 33
print(list(arr))
print(ctypes.c_int.from_address(ctypes.addressof(arr) + 4).value)
r = ctypes.byref(i)
print(type(r).__name__)
d = ctypes.c_double(0.0)
ctypes.memmove(ctypes.byref(d), ctypes.byref(ctypes.c_double(3.25)), 8)
print(d.value)
b = ctypes.create_string_buffer(6)
ctypes.memset(b, ord("x"), 5)
print(b.value, ctypes.string_at(b), ctypes.string_at(ctypes.addressof(b), 3))


class Node(ctypes.Structure):
    pass


Node._fields_ = [("val", ctypes.c_int), ("next", ctypes.POINTER(Node))]
n2 = Node(2)
n1 = Node(1, ctypes.pointer(n2))
print(ctypes.sizeof(Node), n1.next.contents.val, bool(n2.next))
pp = ctypes.pointer(p)
print(pp.contents.contents.value, type(pp).__name__)
