# BytesIO's memory: the object is 64 bytes + the GC header; its buffer is a bytes object that
# is left out while shared (a new BytesIO's empty bytes, the bytes it was made from) and grows by
# resize_buffer's rule (an eighth more for small growths, exact + 1 for big ones).
import io, sys
b = io.BytesIO(); print(sys.getsizeof(b), b.__sizeof__())
b.write(b'x'*100); print(sys.getsizeof(b))
for i in range(30):
    b.write(b'y' * 7)
    print(sys.getsizeof(b), end=" ")
print()
print(len(b.getvalue()), sys.getsizeof(b))
c = io.BytesIO(b'abc'*100); print(sys.getsizeof(c)); c.write(b'q'); print(sys.getsizeof(c))
d = io.BytesIO(bytearray(b'xyz' * 50)); print(sys.getsizeof(d), d.tell(), d.read(4))
e = io.BytesIO(b'12345'); e.seek(0, 2); e.write(b'6'); print(sys.getsizeof(e), e.getvalue())
f = io.BytesIO(); f.write(b'ab'); print(sys.getsizeof(f)); f.write(b'c'*6); print(sys.getsizeof(f)); f.write(b'd'); print(sys.getsizeof(f))
print(io.BytesIO.__basicsize__)
class MyIO(io.BytesIO): pass
print(sys.getsizeof(MyIO()))
