def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance("s", (int, str)), isinstance(1, (float, (str, int))))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance([], object), isinstance(int, type), isinstance(type, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B, type))
attempt(isinstance, 1, 1)
attempt(isinstance, 1, (int, 1))
attempt(isinstance, 1, (str, 1))
attempt(isinstance, 1)
