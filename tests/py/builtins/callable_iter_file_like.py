def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import functools
chunks = iter(["ab", "cd", ""])
print(list(iter(lambda: next(chunks), "")))
count = [0]
def counter():
    count[0] += 1
    return count[0]
print(list(iter(counter, 5)))
it = iter(counter, 100)
print(next(it), next(it))
