import gc, sys, io, weakref

b = bytes(range(21))
print(sys.getrefcount(b))
m = memoryview(b)
print(sys.getrefcount(b))
s = m[1:4]
print(sys.getrefcount(b), sys.getrefcount(m))
del m
print(sys.getrefcount(b))
s.release()
print(sys.getrefcount(b))
del s
print(sys.getrefcount(b))
print(gc.is_tracked(memoryview(b"x")))

class Holder:
    pass
h = Holder()
ba = bytearray(b"cycle")
h.view = memoryview(ba)
h.self = h
wr = weakref.ref(h)
del h
print(gc.collect() > 0, wr())
ba.append(1)
print(ba)
mv = memoryview(b"w")
r = weakref.ref(mv)
print(r() is mv)
del mv
print(r())

# BytesIO.getbuffer
bio = io.BytesIO(b"abcdef")
view = bio.getbuffer()
print(type(view) is memoryview, view.readonly, view.format, view.nbytes, view.tobytes(), type(view.obj).__name__)
view[0] = ord("A")
print(bio.getvalue())
try:
    bio.write(b"x")
except BufferError as e:
    print("BufferError:", e)
try:
    bio.truncate(2)
except BufferError as e:
    print("BufferError:", e)
try:
    bio.close()
except BufferError as e:
    print("BufferError:", e)
print(bio.read(2))
v2 = view[1:3]
view.release()
try:
    bio.write(b"x")
except BufferError as e:
    print("BufferError:", e)
del v2
print(bio.write(b"x"), bio.getvalue())
with bio.getbuffer() as v:
    print(bytes(v), len(v))
bio.seek(0, 2)
bio.write(b"tail")
print(bio.getvalue())
bio.close()
try:
    bio.getbuffer()
except ValueError as e:
    print("ValueError:", e)
