def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

data = [1, 2, 3, 0, 4]
pos = 0
def f():
    global pos
    pos += 1
    return data[pos - 1]
it = iter(f, 0)
print(type(it).__name__, list(it), list(it))
def stop():
    raise StopIteration
print(list(iter(stop, 1)))
attempt(iter, 1, 2)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
