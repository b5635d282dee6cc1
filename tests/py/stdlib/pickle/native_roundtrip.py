# pickle.dumps/loads of plain data at every protocol: the exact bytes and the values read back
import pickle
import sys

shared = [1, 2]
shared_s = "shared"
rec = []
rec.append(rec)
rec_d = {}
rec_d["self"] = rec_d
tup_rec = ([],)
tup_rec[0].append(tup_rec)

VALUES = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129, 2**31 - 1, -2**31,
    2**31, -2**31 - 1, 2**63, -2**63, 2**64 + 17, -(2**200), 10**100, 127, 128, -128,
    0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, float("inf"), float("-inf"), 0.1, 3.141592653589793,
    "", "a", "abc", "é", "\u20ac", "\U0001f600", "x" * 255, "x" * 256, "a\nb\\c\r\x00\x1a",
    "ü" * 200, "mixed é \u20ac \U0001f600 text",
    b"", b"a", b"\x00\xff" * 10, b"y" * 300, bytearray(b"abc"), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), ((1,), (2, 3)),
    [], [1], [1, 2], list(range(10)), list(range(1000)), list(range(1001)), list(range(2500)),
    {}, {"a": 1}, {"a": 1, "b": [2, 3]}, {i: str(i) for i in range(1000)},
    {i: i for i in range(2000)}, {i: i for i in range(1001)},
    set(), {1}, {1, 2, 3}, set(range(1000)), set(range(1500)),
    frozenset(), frozenset({1}), frozenset({"a", "b"}),
    [shared, shared, shared_s, shared_s, (shared, shared)],
    rec, rec_d, tup_rec,
    [{"id": i, "name": "item%d" % i, "tags": ["a", "b"], "score": i * 0.5} for i in range(300)],
    ["s%d" % i for i in range(300)],
    [b"z" * 70000, "w" * 70000, 1],
    [("k%d" % i, i) for i in range(3000)],
]


def show(v, depth=0):
    r = repr(v)
    return r if len(r) < 200 else r[:100] + "..." + r[-60:] + " len=%d" % len(r)


def check(v, proto):
    data = pickle.dumps(v, proto)
    h = data.hex()
    print(proto, len(data), h if len(h) < 240 else h[:160] + "..." + h[-60:])
    back = pickle.loads(data)
    print("  ->", type(back).__name__, show(back))
    if isinstance(back, list):
        print("  size", sys.getsizeof(back))
    return back


for proto in range(6):
    for v in VALUES:
        if v is rec or v is rec_d or v is tup_rec:
            back = pickle.loads(pickle.dumps(v, proto))
            data = pickle.dumps(v, proto)
            print(proto, data.hex())
            if v is rec:
                print("  ->", back[0] is back)
            elif v is rec_d:
                print("  ->", back["self"] is back)
            else:
                print("  ->", back[0][0] is back)
            continue
        check(v, proto)

# sharing survives a round trip
s = [shared, shared]
for proto in range(6):
    b = pickle.loads(pickle.dumps(s, proto))
    print(proto, b[0] is b[1], sys.getsizeof(b[0]), sys.getsizeof(b))

# getsizeof of unpickled containers
for proto in range(6):
    print(proto, sys.getsizeof(pickle.loads(pickle.dumps(list(range(10)), proto))),
          sys.getsizeof(pickle.loads(pickle.dumps({i: i for i in range(10)}, proto))),
          sys.getsizeof(pickle.loads(pickle.dumps(set(range(10)), proto))))

# malformed input still reports the Python unpickler's errors
for bad in [b"", b"\x80\x04", b"\x80\x04K", b"]q\x00K\x01a", b"(K\x01K\x02u.", b"\x80\x06N.",
            b"Ifoo\n.", b"h\x05.", b"\x80\x02]\x94.", b"(}K\x01K\x02K\x03u.", b"0."]:
    try:
        print(repr(pickle.loads(bad)))
    except Exception as e:
        print(type(e).__name__, e)
# unhashable keys
try:
    pickle.loads(b"\x80\x04}(]K\x01u.")
except Exception as e:
    print(type(e).__name__, e)
# protocol 0 text opcodes
for text in [b"I12\n.", b"I-7\n.", b"L123L\n.", b"F1.5\n.", b"Vab\\u20ac\n.", b"(lp0\nI1\naI2\na.",
             b"(dp0\nVa\np1\nI1\ns.", b"(I1\nI2\nl.", b"(I1\nI2\nd.", b"(I1\nI2\nt.",
             b"Fnan\n.", b"F-inf\n.", b"I0x1f\n.", b"g0\n."]:
    try:
        v = pickle.loads(text)
        print(repr(v), sys.getsizeof(v) if isinstance(v, list) else "")
    except Exception as e:
        print(type(e).__name__, e)


# Pickler.dump: one write per full frame, and the memo carries over to the next dump
class Recorder:
    def __init__(self):
        self.writes = []

    def write(self, data):
        self.writes.append(bytes(data))


big = [{"k%d" % i: "v" * (i % 50), "n": i} for i in range(3000)]
for proto in range(6):
    f = Recorder()
    p = pickle.Pickler(f, proto)
    p.dump(big)
    p.dump([shared, shared_s])
    p.dump([shared, shared_s])
    print(proto, [len(w) for w in f.writes], len(p.memo.copy()))
    print("  ", f.writes[-1].hex(), f.writes[-2].hex()[:80])
    joined = b"".join(f.writes[:-2])
    print("  ", joined == pickle.dumps(big, proto), pickle.loads(joined) == big)
    p.clear_memo()
    p.dump([shared])
    print("  ", f.writes[-1].hex())


class Pers(pickle.Pickler):
    def persistent_id(self, obj):
        return "X" if obj == 7 else None


f = Recorder()
Pers(f, 2).dump([7, 8])
print(f.writes)
