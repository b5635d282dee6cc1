def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int)), issubclass(bool, int | str))
class A: pass
class B(A): pass
class C(B, int): pass
print(issubclass(C, A), issubclass(A, C), issubclass(C, int), issubclass(type, object))
attempt(issubclass, 1, int)
attempt(issubclass, int, 1)
attempt(issubclass, int)
