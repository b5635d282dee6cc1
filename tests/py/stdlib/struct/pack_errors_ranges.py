import struct

values = [-2**64, -2**63 - 1, -2**63, -2**31 - 1, -32769, -129, -1, 256, 32768, 65536, 2**31, 2**32, 2**63, 2**64]
for order in "@=<>":
    for c in "bBhHiIlLqQnNP":
        if order != "@" and c in "nNP":
            continue
        msgs = []
        for v in values:
            try:
                struct.pack(order + c, v)
            except struct.error as e:
                msgs.append(str(e))
        print(order + c, sorted(set(msgs)))
for fmt, v in [("i", 1.5), ("i", "7"), ("Q", None), ("f", "x"), ("d", []), ("c", b"ab"), ("c", "a"),
               ("c", 97), ("s", "text"), ("p", 3), ("e", 1e10), ("<f", 1e39), (">e", -70000.0)]:
    try:
        print(fmt, struct.pack(fmt, v))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(struct.pack("@f", 1e39), struct.pack("d", 10**20))
