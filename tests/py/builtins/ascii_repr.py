def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(ascii("héllo"), ascii("\u20ac"), ascii("a\nb"), ascii([1, "é"]), ascii(b"x"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr(1.0), repr(None))
class R:
    def __repr__(self): return "R()"
print(repr(R()), ascii(R()), [R()])
class Bad:
    def __repr__(self): return 5
attempt(repr, Bad())
attempt(repr)
