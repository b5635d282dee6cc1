class Blob(bytes):
    def size(self):
        return len(self)
b = Blob(b"abc")
print(b, repr(b), b.size(), type(b.upper()).__name__, type(b[0:1]).__name__, b == b"abc", isinstance(b, bytes), hash(b) == hash(b"abc"), bytes(b), type(bytes(b)).__name__)
class Buf(bytearray):
    pass
x = Buf(b"xyz")
x.append(33)
print(x, repr(x), type(x + b"!").__name__, type(x.upper()).__name__, x.__alloc__())
class WithNew(bytes):
    def __new__(cls, n):
        return super().__new__(cls, b"#" * n)
print(WithNew(3), len(WithNew(5)))
