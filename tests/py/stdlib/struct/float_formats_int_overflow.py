# An int too large for the e or f format fails as struct.error "int too large to convert" (the
# pack's OverflowError replaced, as s_pack_internal does for ints); a float keeps OverflowError;
# a value that is no float at all is "required argument is not a float".
import struct

values = [65504, 65519, 65520, -65520, 65536, 65519.0, 65520.0, -1e5, True, 10**39, -(10**39), 1e39, 2**200,
          float("inf"), 10**400, "x", None, 3.4028235e38, 340282356779733661637539395458142568448]
for fmt in ["<e", ">e", "@e", "=e", "<f", ">f", "@f", "!f", "<d", "@d"]:
    for v in values:
        try:
            out = struct.pack(fmt, v)
        except Exception as e:
            out = f"{type(e).__name__}: {e}"
        print(fmt, repr(v)[:12], out)

s = struct.Struct("<ef")
buf = bytearray(6)
for args in [(1, 2), (70000, 1), (1, 10**39), (1.0, 1e39)]:
    for call in (lambda: s.pack(*args), lambda: s.pack_into(buf, 0, *args), lambda: struct.pack_into("<ef", buf, 0, *args)):
        try:
            print(call(), bytes(buf))
        except Exception as e:
            print(type(e).__name__, e)
