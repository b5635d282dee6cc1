# Argument Clinic's Py_ssize_t converter (deque.rotate/insert/index, list.index/insert, str.find,
# bytes.find, bytearray.pop, str.center/split/expandtabs): OverflowError beyond 64 bits with
# PyLong_AsSsize_t's message; an index past 2**53 but within 64 bits is accepted.
import collections
d = collections.deque([1, 2, 3])
for f in [lambda: d.rotate(2**70), lambda: d.insert(2**70, 1), lambda: d.index(1, 0, 2**70), lambda: d.index(1, 0, 2**60), lambda: [1, 2].index(1, 0, 2**70), lambda: [1,2].index(2, -2**60, 2**60), lambda: "ab".find("b", 0, 2**70), lambda: "ab".find("b", -2**60, 2**60), lambda: b"ab".find(b"b", 0, 2**70), lambda: bytearray(b"ab").pop(2**70), lambda: [1].insert(2**70, 0), lambda: "ab".center(2**70), lambda: "abc".split(",", 2**70), lambda: "abc".expandtabs(2**70)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
