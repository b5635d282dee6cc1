def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(zip([1, 2, 3], "ab")), list(map(abs, [-1, 2])), list(filter(None, [0, 1, "", "x"])), list(reversed([1, 2])), list(enumerate("ab", 1)))
print(list(map(pow, [2, 3], [3, 2])), sorted(map(len, ["aa", "b"])))
print(sum(map(int, "123")), max(map(len, ["a", "bbb"])), any(map(str.isdigit, "a1")))
