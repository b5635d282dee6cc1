def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(max(1, 2, 3), min(1, 2, 3), max([4, 9, 2]), min("hello"), max("abc", "abd"), min((3, 1), (2, 5)))
print(max([1, 2], [1, 3]), max(1, 2.5), min(-1, -1.0), max([3], default=0), min([], default="empty"))
print(max(["aaa", "b", "cc"], key=len), min(["aaa", "b", "cc"], key=len), max(1, 2, key=lambda x: -x))
print(max([1, 1.0]), max([1.0, 1]), min([0, False]), min([False, 0]))
attempt(max, [])
attempt(min, [])
attempt(max)
attempt(max, 1)
attempt(max, 1, 2, default=3)
attempt(min, [1], foo=1)
attempt(max, [1, "a"])
print(max([], key=None, default=None))
