data = bytes(range(50, 80))
print(data[::5], data[-3:], data[10:2:-3], data[100:], data[:-100], data[5:5], list(data[:4]), data[3], data[-1])
ba = bytearray(data)
print(ba[::7], ba[-2:], type(ba[1:3]).__name__, ba[2])
for i, b in enumerate(b"hey"):
    print(i, b, chr(b), end="; ")
print()
print([x for x in bytearray(b"\x00\x10\xff")], bytes(x ^ 0xff for x in b"\x00\x0f"), b"abc"[1:2] == b"b", b"a" * 3)
print(list(zip(b"ab", bytearray(b"xy"))), max(bytearray(b"abz")), b"".join([bytes([c]) for c in b"dcba"[::-1]]))
