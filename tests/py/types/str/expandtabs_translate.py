for s in ["a\tb", "\t", "ab\tc\td\n\te", "12345678\tx", "x\r\ty", "😀\tz"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=1)), repr(s.expandtabs(-2)))
t = str.maketrans("abc", "xyz", "q")
print(sorted(t.items()))
print("aabbccqq".translate(t), "hello".translate({ord("l"): None, ord("o"): "0"}), "abc".translate({97: "AA", 98: 0x1F600}))
print(sorted(str.maketrans({"a": "b", 99: None, "é": 1}).items()))
for f in [lambda: str.maketrans(1), lambda: str.maketrans("ab", "a"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
          lambda: "abc".translate({97: 1.5}), lambda: "abc".translate({97: -1}), lambda: str.maketrans("a", "b", 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class Table:
    def __getitem__(self, k):
        if k == ord("a"):
            raise LookupError
        return chr(k).upper()
print("abcabc".translate(Table()))
