# Absurd allocations raise what CPython raises: MemoryError when the size fits in a Py_ssize_t
# but cannot be allocated, OverflowError when it does not even fit. The program goes on.
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__, len(r) if hasattr(r, "__len__") else r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, repr(e))


attempt("list repeat", lambda: [0] * 10**12)
attempt("list repeat 2", lambda: [1, 2] * (2**62))
attempt("list repeat huge", lambda: [0] * 10**20)
attempt("str repeat", lambda: "x" * 10**12)
attempt("str repeat huge", lambda: "x" * 10**20)
attempt("bytes repeat", lambda: b"x" * 10**12)
attempt("bytes(n)", lambda: bytes(10**12))
attempt("bytearray(n)", lambda: bytearray(10**12))
attempt("bytearray huge", lambda: bytearray(10**20))
attempt("tuple repeat", lambda: (1,) * 10**12)
attempt("list(range)", lambda: list(range(10**12)))
attempt("tuple(range)", lambda: tuple(range(10**12)))
attempt("zfill", lambda: "a".zfill(10**12))
attempt("ljust huge", lambda: "a".ljust(2**63))
attempt("center huge", lambda: "a".center(10**20))
attempt("percent width", lambda: "%*d" % (10**12, 1))
attempt("1 << 10**100", lambda: 1 << 10**100)
attempt("1 << 2**40", lambda: 1 << 2**40)
attempt("str index", lambda: "x" * 2**63)
attempt("small ok", lambda: [0] * 10**6)
attempt("after", lambda: "still running")
big = [0] * 10**6
try:
    big * 10**7
except MemoryError as e:
    print("MemoryError", e.args)
print(len(big))
