# format() and f-strings with integers: the whole mini-language.
specs = ["", "d", "5d", "<5", "^7", "=+8", "+", " ", "05", "010,", "010_", ",", "_", "_b", "_x", "#x", "#X", "#o", "#b",
         "x", "X", "o", "b", "c", "n", "e", ".3e", "f", ".2f", "%", ".1%", "g", "G", "*^12", "0>10", ",d", "020,d",
         "#020_x", ">+10,", "0=12", "x<12,", "12", "-#10x", "+011_"]
for v in (0, 1, -1, 42, -42, 255, 1234567, -1234567, 65, 2**70, -(2**70)):
    print(v, [format(v, s) for s in specs if not (s == "c" and (v < 0 or v > 0x10ffff))])
n = 1234567
print(f"{n:,} {n:_} {n:>12,} {n:#x} {n:=^20} {n!r:>10} {-n:+,}")
bad = ["abc", "z", ".2", ",x", "_c", "+c", "#c", ",_", "_,", "y", "=10s", "9999999999999999999999"]
for s in bad:
    try:
        format(12, s)
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for v in (-1, 0x110000):
    try:
        format(v, "c")
    except OverflowError as e:
        print(e)
print(format(10**400, "x")[:10], format(7, "e"), format(2**70, ".3g"))
try:
    format(10**400, "e")
except OverflowError as e:
    print(e)
