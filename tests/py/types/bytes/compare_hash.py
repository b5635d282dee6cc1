pairs = [(b"a", b"b"), (b"abc", b"abd"), (b"ab", b"abc"), (b"", b"a"), (b"\xff", b"\x00"), (b"abc", b"abc")]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b, bytearray(a) == b, bytearray(a) < b, a == bytearray(b))
print(b"abc" == "abc", b"a" != "a", hash(b"abc") == hash("abc"), hash(b""), hash(b"abc"))
try:
    b"a" < "a"
except TypeError as e:
    print(e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(e)
print({b"k": 1}[b"k"], sorted([b"b", b"a", b"ab"]), set([b"x", b"x"]))
