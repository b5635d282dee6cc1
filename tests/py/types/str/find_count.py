s = "abracadabra"
for sub in ["a", "abra", "", "z", "ra", "abracadabraX"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 5), s.count(sub, 1, -1), s.find(sub, -3), s.find(sub, 100), s.rfind(sub, -100, 3))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""))
print("a😀b😀c".find("😀"), "a😀b😀c".rfind("😀"), "a😀b😀c".count("😀"), "a😀b😀c".index("c"), "a😀b😀c".find("b", 2))
for f in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.find(), lambda: s.find(1), lambda: s.find("a", "x"), lambda: s.count("a", 1, 2, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(s.index("c"), s.rindex("a"), s.find("a", None, None), s.count("a", None, 5))
