def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class T: pass
a = T()
ida = id(a)
del a
b = T()
print(id(b) == ida)
print(id([]) == id([]))
x = 300
y = x
print(id(x) == id(y))
