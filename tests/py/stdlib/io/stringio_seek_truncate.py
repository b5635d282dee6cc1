import io

s = io.StringIO("0123456789")
print(s.seek(3), s.read(2), s.seek(0, io.SEEK_END), s.tell(), s.seek(0, 1))
print(s.seek(20), s.tell(), repr(s.read()))
s.write("!")
print(repr(s.getvalue()), len(s.getvalue()))
s = io.StringIO("0123456789")
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(100), repr(s.getvalue()))
s.seek(8)
s.write("Z")
print(repr(s.getvalue()))
for args in [(-1,), (1, 1), (1, 2), (0, 3), ("x",), (1.5,)]:
    try:
        s.seek(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    s.truncate(-2)
except ValueError as e:
    print("ValueError", e)
s.seek(0)
s.write("abcdefghij")
s.seek(3)
s.write("XY")
print(repr(s.getvalue()), s.tell())
