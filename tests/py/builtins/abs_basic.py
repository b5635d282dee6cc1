def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(abs(-5), abs(5), abs(0), abs(-2.5), abs(True), abs(-10**30))
print(abs(3+4j), abs(-0.0))
class A:
    def __abs__(self): return "absolute"
print(abs(A()))
attempt(abs, "x")
attempt(abs)
attempt(abs, 1, 2)
