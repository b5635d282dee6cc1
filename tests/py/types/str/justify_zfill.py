for s in ["", "a", "ab", "abc", "é😀"]:
    print("|" + s.center(7) + "|" + s.center(6, "*") + "|" + s.ljust(5, "-") + "|" + s.rjust(5, "€") + "|" + s.center(2) + "|")
for s in ["42", "-42", "+42", "", "abc", "-", "3.14"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)), repr(s.zfill(-3)))
for f in [lambda: "a".center(), lambda: "a".center(5, "ab"), lambda: "a".center(5, 1), lambda: "a".center("5"), lambda: "a".ljust(5, fillchar="x"), lambda: "a".zfill()]:
    try:
        f()
    except TypeError as e:
        print(e)
print("abc".center(10, "😀"))
