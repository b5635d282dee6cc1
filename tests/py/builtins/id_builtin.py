def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__, id(a) > 0)
x = None
print(id(x) == id(None))
attempt(id)
