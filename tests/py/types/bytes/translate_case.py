t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abc".translate(None, b"b"), b"abc".translate(t, delete=b"a"), bytearray(b"cab").translate(t))
for x in [b"hello WORLD", b"they're", b"123 abc", b"", b"\xe9t\xe9"]:
    print(x.upper(), x.lower(), x.title(), x.capitalize(), x.swapcase(), x.isalpha(), x.isalnum(), x.isdigit(), x.islower(), x.isupper(), x.istitle(), x.isspace(), x.isascii())
for bad in [lambda: bytes.maketrans(b"ab", b"a"), lambda: bytes.maketrans("a", "b"), lambda: b"a".translate(b"x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b"a\tb\n\tc".expandtabs(), b"a\tb".expandtabs(3), b"x".center(5, b"*"), b"x".ljust(3), b"x".rjust(3, b"0"), b"-5".zfill(4), bytearray(b"x").center(4))
try:
    b"x".center(5, "*")
except TypeError as e:
    print(e)
