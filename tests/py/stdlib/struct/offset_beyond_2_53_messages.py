# Offsets past 2**53 reach the error messages exactly: CPython prints the offset as a Py_ssize_t
# and the required size as a size_t sum, and rejects offsets past 64 bits with IndexError
# (pack_into) or OverflowError (unpack_from).
import struct

buf = bytearray(16)
offsets = [15, 16, 17, -16, -17, -1, 2**31, -(2**31) - 1]
for b in (53, 63):
    for d in (-2, -1, 0, 1, 2):
        offsets += [2**b + d, -(2**b) + d]
offsets += [2**64, -(2**64)]


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


for off in offsets:
    attempt("pack_into <i", struct.pack_into, "<i", buf, off, 1)
    attempt("unpack_from <i", struct.unpack_from, "<i", buf, off)
    attempt("unpack_from kw", lambda o: struct.unpack_from("<q", buf, offset=o), off)
    s = struct.Struct(">hxd")
    attempt("Struct.pack_into", s.pack_into, buf, off, 1, 2.5)
    attempt("Struct.unpack_from", s.unpack_from, memoryview(buf), off)
print(bytes(buf))
