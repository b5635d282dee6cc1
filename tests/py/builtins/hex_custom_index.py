def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Big:
    def __index__(self): return 2**80
print(hex(Big()), bin(Big())[:10], oct(Big())[:10])
class BadIndex:
    def __index__(self): return 1.5
attempt(hex, BadIndex())
print(hex(False), oct(True), bin(0))
