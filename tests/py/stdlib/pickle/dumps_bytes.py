# pickle.dumps must produce the C pickler's bytes for every protocol.
import pickle

values = [
    0, 1, -1, 255, 256, 65535, 65536, -256, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
    2**63, -2**63, 2**64 - 1, 10**30, -10**30, 2**2100,
    0.0, -0.0, 1.5, 1e300, float("inf"), float("-inf"), 3.141592653589793,
    True, False, None, ..., NotImplemented,
    "", "a", "hello", "caf\xe9", "\u20ac uro", "\U0001f600", "a\nb\\c\rd\x00e\x1a",
    "x" * 300,
    b"", b"a", b"\x00\xff", b"y" * 300,
    bytearray(), bytearray(b"abc"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), ((1,), (2,)),
    [], [1], [1, 2], [[], []], list(range(20)),
    {}, {"a": 1}, {"a": 1, "b": [2, 3]}, {1: {2: {3: None}}},
    set(), {1}, {1, 2, 3}, frozenset(), frozenset({1}), frozenset("ab"),
    complex(1, 2), range(3), slice(1, 2, 3),
    int, str, type, object, type(None), type(...), type(NotImplemented),
    len, abs, isinstance, print,
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v) or back is v
        print(" ", repr(v)[:40], data, same)
    print(pickle.dumps(values, proto) == pickle.dumps(values, proto))
    print(len(pickle.dumps(values, proto)))
print(pickle.dumps(values))
print(pickle.dumps([1.0, -0.5] * 3, 0))
