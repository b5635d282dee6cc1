def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(all([]), any([]), all([1, 2, 3]), all([1, 0]), any([0, 0, 5]), any(x > 3 for x in range(5)))
print(all("abc"), any(""), all([[], 1]), any([[], 0, None]))
def gen():
    yield 1
    yield 0
    print("not reached")
print(all(gen()))
attempt(all, 5)
attempt(any)
attempt(all, [1], [2])
