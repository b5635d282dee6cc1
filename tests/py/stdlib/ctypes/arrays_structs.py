import ctypes
from ctypes import Structure, c_int, c_double, sizeof, POINTER, pointer, cast, c_void_p


class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


pts = (Point * 3)()
pts[1].x = 5
pts[2] = Point(7, 8)
print([(p.x, p.y) for p in pts], sizeof(pts), type(pts).__name__)
pp = cast(pts, POINTER(Point))
print(pp[2].y, pp[1].x)
pp[0].y = 11
print(pts[0].y)
a = (c_int * 3)(1, 2, 3)
b = (c_int * 3)(1, 2, 3)
print(a[:] == b[:], len(a), 3 in list(a))
print(ctypes.sizeof(ctypes.c_int) * 8, ctypes.c_uint(-1).value)
grid = ((c_int * 2) * 2)()
grid[1][0] = 4
print([list(r) for r in grid])
class WithArr(Structure):
    _fields_ = [("n", ctypes.c_ubyte), ("vals", c_double * 2)]
w = WithArr(1, (c_double * 2)(0.5, 1.5))
w.vals[1] = 9.0
print(w.n, list(w.vals), sizeof(WithArr), WithArr.vals.offset, WithArr.vals.size)
ip = POINTER(c_int)(c_int(3))
print(ip.contents.value)
print(ctypes.c_char_p(b"hello").value[1:], ctypes.create_string_buffer(b"abc", 10).raw)
u = ctypes.create_unicode_buffer("hé")
print(u.value, sizeof(u), len(u))
print(isinstance(ctypes.c_int(1), ctypes.c_int), ctypes.c_long is ctypes.c_int64)
