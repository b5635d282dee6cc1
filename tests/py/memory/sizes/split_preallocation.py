# str/bytes split lists start with room for min(maxsplit + 1, 12) items (stringlib's
# PREALLOC_SIZE) and keep it; splitlines starts empty and grows by appends.
import sys

gs = sys.getsizeof
cases = [
    ("a b", None, -1), ("", None, -1), ("one", None, -1), ("a b c", " ", 5), ("a b c", " ", 0),
    ("a,b", ",", -1), ("x" * 30, "x", -1), ("a b c d e f g h i j k l m", None, -1),
    ("a b c d e f g h i j k l m n", None, 20), ("ab", "abc", -1), ("ab", "\u0101", -1),
    ("abcabc", "bc", 1), ("  lead and trail  ", None, 2),
]
for text, sep, maxsplit in cases:
    for name, method in (("split", str.split), ("rsplit", str.rsplit)):
        parts = method(text, sep, maxsplit)
        print(name, repr(text[:12]), repr(sep), maxsplit, len(parts), gs(parts))
    b = text.encode("utf-8")
    bsep = None if sep is None else sep.encode("utf-8")
    for name, method in (("bytes.split", bytes.split), ("bytes.rsplit", bytes.rsplit)):
        parts = method(b, bsep, maxsplit)
        print(name, len(parts), gs(parts))
    parts = bytearray(b).split(bsep, maxsplit)
    print("bytearray.split", len(parts), gs(parts))
for text in ("", "a", "a\nb", "a\nb\nc\nd\ne", "x\n" * 9):
    print("splitlines", len(text.splitlines()), gs(text.splitlines()), gs(text.encode().splitlines()))
# the pieces: the whole string is reused when nothing was split
s = "no-separators-here"
parts = s.split(",")
print(parts[0] is s, sys.getrefcount(s))
