def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
print(s.a, type(S.a).__name__, repr(S.a))
attempt(getattr, s, "b")
attempt(delattr, s, "b")
del s.a
attempt(getattr, s, "a")
attempt(setattr, s, "c", 3)
attempt(S.a.__get__, 1)
print(S.a.__get__(None, S) is S.a)
class T(S):
    __slots__ = ("c",)
t = T()
t.a, t.c = 1, 3
print(t.a, t.c)
