def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(len([]), len("héllo"), len((1, 2)), len({1: 2}), len(range(10)), len(b"ab"), len({1, 2, 3}))
class L:
    def __len__(self): return 7
print(len(L()))
class Neg:
    def __len__(self): return -1
attempt(len, Neg())
class Big:
    def __len__(self): return 2**70
attempt(len, Big())
class F:
    def __len__(self): return 1.5
attempt(len, F())
attempt(len, 5)
attempt(len)
