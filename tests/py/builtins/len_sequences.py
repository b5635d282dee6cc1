def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import collections
print(len(collections.deque([1, 2])), len("\U0001F600"), len(b"\x00" * 10), len(bytearray(3)), len(memoryview(b"abcd")))
print(len(dict.fromkeys("aabbc")), len(frozenset("aab")), len(range(0, 100, 7)), len(range(10, 0)), len([[]] * 5))
attempt(len, iter([1]))
attempt(len, None)
