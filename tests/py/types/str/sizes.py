import sys
for s in ["", "a", "abc", "a" * 100, "é", "é" * 10, "\u0100", "\u0100" * 10, "😀", "😀" * 10, "\ud800", "abc" + "é", "ab"[0]]:
    print(repr(s)[:20], sys.getsizeof(s), s.__sizeof__())
print(sys.getsizeof(iter("abc")), sys.getsizeof(iter("é")), type(iter("abc")).__name__, type(iter("é")).__name__)
s = "héllo"
before = sys.getsizeof(s)
s.encode()
print(before, sys.getsizeof(s))
class S(str):
    pass
print(sys.getsizeof(S("")), sys.getsizeof(S("abc")), sys.getsizeof(S("é")), sys.getsizeof(S("\u0100")))
