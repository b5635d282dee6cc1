import io

b = io.BytesIO(b"abcdef")
view = b.getbuffer()
print(len(view), view[0], view[-1], bytes(view[1:3]), view.tobytes(), view.nbytes, view.readonly)
view[0] = ord("Z")
view[1:3] = b"YX"
print(b.getvalue())
for op in [lambda: b.write(b"x"), lambda: b.truncate(1), lambda: b.close(), lambda: b.seek(0)]:
    try:
        print("ok", op())
    except BufferError as e:
        print("BufferError", e)
view.release()
print(b.write(b"!"), b.getvalue())
with b.getbuffer() as v:
    print(bytes(v))
b.close()
print(b.closed)
