def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**100), sys.getsizeof(1.5), sys.getsizeof(True))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof("\u20ac"), sys.getsizeof(b"ab"))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof({}), sys.getsizeof(set()))
print(sys.getsizeof(object()), sys.getsizeof(None))
class C: pass
class S:
    __slots__ = ("a",)
print(sys.getsizeof(C()), sys.getsizeof(S()))
class Z:
    def __sizeof__(self): return 100
print(sys.getsizeof(Z()))
class NegZ:
    def __sizeof__(self): return -1
attempt(sys.getsizeof, NegZ())
attempt(sys.getsizeof, NegZ(), "dflt")
print(sys.getsizeof(1, "dflt"))
attempt(sys.getsizeof)
