def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(max("apple", "banana", "cherry"), min("apple", "Banana"), max((1, 2), (1, 2, 0)), min([[3], [1, 2]]))
print(max({3: "a", 7: "b"}), min({"b": 1, "a": 2}.items()), max(range(5), key=lambda x: (x % 3, x)))
print(max([float("nan"), 1]), max([1, float("nan")]))
attempt(min, [1, None])
