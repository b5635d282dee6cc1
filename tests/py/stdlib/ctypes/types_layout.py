import ctypes

for t in [ctypes.c_bool, ctypes.c_char, ctypes.c_byte, ctypes.c_ubyte, ctypes.c_short, ctypes.c_int,
          ctypes.c_uint, ctypes.c_long, ctypes.c_longlong, ctypes.c_float, ctypes.c_double,
          ctypes.c_longdouble, ctypes.c_char_p, ctypes.c_void_p, ctypes.py_object, ctypes.c_size_t,
          ctypes.c_uint8, ctypes.c_int16, ctypes.c_uint32, ctypes.c_int64, ctypes.c_wchar]:
    print(t.__name__, ctypes.sizeof(t), ctypes.alignment(t))
print(ctypes.c_int(5).value, ctypes.c_int(2**31).value, ctypes.c_uint8(300).value, ctypes.c_byte(200).value)
print(ctypes.c_double(1).value, ctypes.c_float(1.1).value, ctypes.c_bool(5).value, ctypes.c_bool("").value)
print(ctypes.c_char(b"a").value, ctypes.c_char(66).value, ctypes.c_char_p(b"abc").value, ctypes.c_char_p().value)
print(ctypes.c_wchar_p("hé").value, ctypes.c_void_p().value, ctypes.c_void_p(1234).value)
print(repr(ctypes.c_int(5)), repr(ctypes.c_double(1.5)), ctypes.c_bool(2), ctypes.c_char(b"a"), ctypes.c_int64(3))
print(ctypes.c_uint64(-1).value, ctypes.c_ushort(-1).value, ctypes.c_long(2**63).value)
print(ctypes.sizeof(ctypes.c_int(3)), ctypes.c_int.__name__, ctypes.c_int64, ctypes.c_size_t, ctypes.c_uint8)
v = ctypes.c_int(1)
v.value += 41
print(v.value)
for bad in ["ctypes.c_int('x')", "ctypes.c_double('a')", "ctypes.sizeof(5)", "ctypes.py_object().value",
            "ctypes.POINTER(ctypes.c_int)().contents", "(ctypes.c_int * 3)()[5]",
            "(ctypes.c_int * 3)(1, 2, 3, 4)", "ctypes.c_char(b'ab')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)

A = ctypes.c_int * 5
arr = A(1, 2, 3)
print(A.__name__, ctypes.sizeof(A), len(arr), list(arr), arr[:2], arr[-1], arr[1:4])
arr[4] = 9
print(sum(arr), ctypes.sizeof(ctypes.c_double * 3), ((ctypes.c_int * 2) * 3).__name__)
buf = ctypes.create_string_buffer(b"hi")
print(type(buf).__name__, ctypes.sizeof(buf), buf.value, buf.raw)
buf2 = ctypes.create_string_buffer(8)
buf2.value = b"abc"
print(buf2.raw, buf2.value, buf2[0], buf2[:3])


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]


class Mixed(ctypes.Structure):
    _fields_ = [("a", ctypes.c_char), ("b", ctypes.c_double), ("c", ctypes.c_short),
                ("p", Point), ("arr", ctypes.c_int * 3), ("d", ctypes.c_char)]


class Packed(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("a", ctypes.c_char), ("b", ctypes.c_int), ("c", ctypes.c_short)]


class U(ctypes.Union):
    _fields_ = [("i", ctypes.c_int), ("f", ctypes.c_float), ("b", ctypes.c_ubyte * 4), ("d", ctypes.c_double)]


class Bits(ctypes.Structure):
    _fields_ = [("a", ctypes.c_uint, 3), ("b", ctypes.c_uint, 5), ("c", ctypes.c_int, 4), ("d", ctypes.c_short)]


for S in [Point, Mixed, Packed, U, Bits]:
    print(S.__name__, ctypes.sizeof(S), ctypes.alignment(S))
    for name, *_ in S._fields_:
        print(" ", name, getattr(S, name))
p = Point(3, y=4)
print(p.x, p.y)
p.x = 10
print(p.x, Point(1).y)
m = Mixed(b"z", 2.5, 7, Point(1, 2), (ctypes.c_int * 3)(4, 5, 6), b"q")
print(m.a, m.b, m.c, m.p.x, m.p.y, list(m.arr), m.d)
m.p.y = 99
print(m.p.y)
u = U()
u.f = 1.0
print(u.i, list(u.b))
bt = Bits(5, 17, -3, 100)
print(bt.a, bt.b, bt.c, bt.d)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(type(Point).__name__, Point.__mro__[1:], type(ctypes.c_int).__name__)
