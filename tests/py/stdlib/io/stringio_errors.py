import io

s = io.StringIO("hello\nworld")
s.close()
s.close()
print(s.closed)
for name in ["read", "readline", "readlines", "getvalue", "tell", "truncate", "readable", "writable",
             "seekable", "isatty", "flush", "fileno", "detach", "__enter__", "__iter__", "__next__"]:
    try:
        print(name, repr(getattr(s, name)()))
    except Exception as e:
        print(name, type(e).__name__, e)
for name in ["line_buffering", "newlines"]:
    try:
        print(name, getattr(s, name))
    except Exception as e:
        print(name, type(e).__name__, e)
for name, args in [("write", ("x",)), ("write", (b"x",)), ("seek", (0,)), ("writelines", (["a"],))]:
    try:
        getattr(s, name)(*args)
    except Exception as e:
        print(name, type(e).__name__, e)
s = io.StringIO()
for name, args in [("write", (b"x",)), ("write", (1,)), ("read", ("x",)), ("read", (1.5,)), ("readline", ("1",))]:
    try:
        getattr(s, name)(*args)
    except Exception as e:
        print(name, type(e).__name__, e)
for args in [(b"x",), (1,), ([],)]:
    try:
        io.StringIO(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
