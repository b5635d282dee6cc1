# type() and __name__ assignment reject names holding NUL or lone surrogates.
for name in "A", "\xc4", "\U0001f40d", "B.A", "42", "":
    A = type(name, (), {})
    print(repr(A.__name__), repr(A.__qualname__))
for n in "A\x00B", "A\udcdcB":
    try:
        type(n, (), {})
    except (ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)


class C:
    pass


for n in "A\x00B", "A\udcdcB", "\U0001f40d":
    try:
        C.__name__ = n
        print("ok", repr(C.__name__))
    except (ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
try:
    type(b"A", (), {})
except TypeError as e:
    print(e)
