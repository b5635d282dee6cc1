import io

b = io.BytesIO(b"abc")
b.close()
for name in ["read", "read1", "readline", "readlines", "getvalue", "getbuffer", "tell", "truncate",
             "readable", "writable", "seekable", "isatty", "flush", "fileno", "detach", "__enter__",
             "__next__"]:
    try:
        print(name, repr(getattr(b, name)()))
    except Exception as e:
        print(name, type(e).__name__, e)
print(b.closed, iter(b) is b)
b = io.BytesIO()
for args in [("str",), (1,), ([1],)]:
    try:
        b.write(*args)
    except TypeError as e:
        print("TypeError", e)
for arg in ["str", 5, [1, 2]]:
    try:
        io.BytesIO(arg)
    except TypeError as e:
        print("TypeError", e)
try:
    b.readinto(b"immutable")
except TypeError as e:
    print("TypeError", e)
try:
    b.read("x")
except TypeError as e:
    print("TypeError", e)
