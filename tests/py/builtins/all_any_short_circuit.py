def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
calls = []
def check(x):
    calls.append(x)
    return x
print(any(check(x) for x in [0, 0, 3, 4]), calls)
calls.clear()
print(all(check(x) for x in [1, 0, 3]), calls)
class Truthy:
    def __bool__(self): raise ValueError("no bool")
attempt(any, [Truthy()])
