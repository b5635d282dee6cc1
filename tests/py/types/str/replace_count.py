s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""), "aaa".replace("aa", "b"))
print("$1 $&".replace("$", "$$"), "é😀é".replace("é", "e"), "x".replace("x", "😀" * 3))
for f in [lambda: s.replace("a"), lambda: s.replace(1, "a"), lambda: s.replace("a", "b", "c"), lambda: s.replace("a", "b", count=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
big = "ab" * 1000
print(len(big.replace("a", "xyz")), big.replace("b", "").count("a"))
