def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in [0, 1, -1, 255, -255, 2**64, -(2**70), True]:
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 42
print(bin(I()), oct(I()), hex(I()))
attempt(bin, 1.5)
attempt(hex, "a")
attempt(oct)
