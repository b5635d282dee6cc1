b = b"abc"
ba = bytearray(b"xyz")
print(b + ba, ba + b, b"".join([b, ba]), ba.join([b, b]), b in ba + b, ba.find(b"y"), b.find(bytearray(b"c")))
print(bytes(ba), bytearray(b), b == ba, ba == b, b < ba, ba > b, sorted([ba, b]))
ba[0:1] = b
print(ba, ba.startswith(bytearray(b"ab")), b.replace(b"a", ba), ba.strip(b"az"), b.split(bytearray(b"b")))
try:
    ba += ba
except BufferError as e:
    print(e)
ba += bytes(ba)
print(ba, len(ba), ba.count(b"c"), ba.hex())
x = bytearray(b"12345")
x[1:4] = bytearray(b"AB")
print(x, x * 2, 2 * x, x.__alloc__())
