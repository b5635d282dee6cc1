# int(str, base): prefixes, underscores, whitespace, signs and CPython's error messages.
cases = [("0", 10), ("-0", 10), ("+12", 10), ("  12  ", 10), ("1_000_000", 10), ("0x1f", 16), ("0x1f", 0), ("0o17", 0),
         ("0b1011", 0), ("0b1011", 2), ("0x_ff", 16), ("0_0", 0), ("00", 0), ("z", 36), ("ZZ", 36), ("777", 8),
         ("1" * 30, 2), ("-" + "9" * 25, 10), ("\t-0X1F\n", 0), ("1e3", 16), ("0b1", 16)]
for s, b in cases:
    print(repr(s), b, int(s, b))
bad = [("", 10), (" ", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("010", 0), ("08", 0), ("12a", 10),
       ("1 2", 10), ("+-1", 10), ("1.5", 10), ("0b2", 0), ("9", 8), ("x" * 300, 10), ("0x1f", 10), ("12\x00", 10)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print(e)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print(e)
try:
    int(12, 10)
except TypeError as e:
    print(e)
print(int("ff", base=16), int(base=10, x="7") if False else int("7", base=10))
try:
    int(base=10)
except TypeError as e:
    print(e)
try:
    int(1, 2, 3)
except TypeError as e:
    print(e)
try:
    int(x=5)
except TypeError as e:
    print(e)
print(int(b" 42 "), int(bytearray(b"-17")), int(b"ff", 16))
try:
    int(b"4x")
except ValueError as e:
    print(e)
