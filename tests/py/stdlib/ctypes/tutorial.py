import ctypes
from ctypes import *

def ref_count(address):
    return ctypes.c_long.from_address(address).value

my_list = [1, 2, 3]
my_list_address = id(my_list)
print(ref_count(my_list_address))
another = my_list
print(ref_count(my_list_address))
another = None
print(ref_count(my_list_address))
class PyObjectHeader(ctypes.Structure):
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p)]
h = PyObjectHeader.from_address(id(my_list))
print(h.ob_refcnt, h.ob_type == id(list))
class PyVarHeader(PyObjectHeader):
    _fields_ = [("ob_size", ctypes.c_ssize_t)]
v = PyVarHeader.from_address(id(my_list))
print(v.ob_size, v.ob_refcnt, sizeof(PyVarHeader))
print(c_int(5), c_int * 3, POINTER(c_double))
x = c_int(10)
px = pointer(x)
print(px.contents, px.contents.value)
class S(Structure):
    _fields_ = [("name", c_char_p), ("age", c_int)]
s = S(b"bob", 30)
print(s.name, s.age, sizeof(S))
print(ctypes.sizeof(ctypes.c_void_p), ctypes.c_size_t is ctypes.c_ulong)
arr = (c_double * 3)(1.5, 2.5)
print(list(arr), [x for x in arr])
print(isinstance(x, ctypes._SimpleCData), type(x).__mro__)
print(c_int.from_buffer(bytearray(b"\x01\x00\x00\x00")).value, c_int.from_buffer_copy(b"\x02\x00\x00\x00").value)
print(bytes(c_int(258)), bytes((c_ubyte * 3)(1, 2, 3)))
print(ctypes.string_at(id(b"xyz" + b"w") + 32), ctypes.string_at(id(b"xyz"), 0))


class Outer(Structure):
    _fields_ = [("tag", c_char_p), ("inner", S), ("next", POINTER(S))]


o = Outer(b"t", S(b"in", 1))
o.inner.name = b"renamed"
o.next = pointer(S(b"nx", 2))
print(o.tag, o.inner.name, o.inner.age, o.next.contents.name, o.next[0].age)
print(ctypes.sizeof(Outer), Outer.inner, Outer.next)
