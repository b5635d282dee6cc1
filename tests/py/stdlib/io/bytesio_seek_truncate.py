import io

b = io.BytesIO(b"0123456789")
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell(), b.seek(4), b.seek(2, 1))
print(b.seek(20), b.write(b"Z"), b.getvalue())
b = io.BytesIO(b"0123456789")
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(2)
print(b.truncate(), b.getvalue(), b.tell(), b.truncate(None))
print(b.truncate(50), b.getvalue())
b.seek(0, io.SEEK_END)
b.write(b"!")
print(b.getvalue())
for args in [(-1,), (0, 3), ("x",), (1.0,)]:
    try:
        b.seek(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    b.truncate(-1)
except ValueError as e:
    print("ValueError", e)
b = io.BytesIO(b"abcdef")
b.seek(2)
b.write(b"XY")
print(b.getvalue(), b.tell())
