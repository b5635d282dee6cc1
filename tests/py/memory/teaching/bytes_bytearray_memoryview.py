import sys

# Slicing bytes copies; a memoryview slice shares the buffer.
data = bytes(range(256)) * 40
part = data[:5000]
view = memoryview(data)[:5000]
print(len(part), sys.getsizeof(part) > 5000)
print(len(view), view.obj is data, view.nbytes)
buf = bytearray(b"hello")
print(sys.getsizeof(buf))
for i in range(20):
    buf += b"!"
print(len(buf), sys.getsizeof(buf))
mv = memoryview(buf)
try:
    buf += b"x"
except BufferError as e:
    print("BufferError:", e)
mv.release()
buf += b"x"
print(len(buf))
