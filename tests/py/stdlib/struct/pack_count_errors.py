import struct

cases = [("i", ()), ("i", (1, 2)), ("2i", (1,)), ("ii", (1, 2, 3)), ("", (1,)), ("3s", ()), ("x", (1,)), ("5p2h", (b"a", 1))]
for fmt, args in cases:
    try:
        print(fmt, struct.pack(fmt, *args))
    except struct.error as e:
        print(fmt, "struct.error:", e)
for data in [b"", b"ab", b"abcde"]:
    try:
        struct.unpack("i", data)
    except struct.error as e:
        print("struct.error:", e)
for args in [("i", b"ab"), ("i", b"abcd", 1), ("i", b"abcdefgh", 5), ("i", b"abcd", -5), ("i", b"abcdefgh", -3)]:
    try:
        print(struct.unpack_from(*args))
    except struct.error as e:
        print("struct.error:", e)
for bad in ["text", 42, [1, 2]]:
    try:
        struct.unpack("i", bad)
    except TypeError as e:
        print("TypeError:", e)
