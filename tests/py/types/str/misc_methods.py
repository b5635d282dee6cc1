s = "Hello"
print(s.removeprefix("He"), s.removeprefix("x"), s.removesuffix("lo"), s.removesuffix(""), "".removeprefix(""))
try:
    s.removeprefix(1)
except TypeError as e:
    print(e)
print(s.__len__(), s.__contains__("ell"), s.__getitem__(1), s.__add__("!"), s.__mul__(2), s.__rmul__(2), s.__mod__(()), s.__getnewargs__(), s.__sizeof__())
print("abc".__eq__("abc"), "abc".__lt__("b"), "a".__ne__(1), "%s".__rmod__(1))
print(str.upper("x"), str.join(",", "ab"), str.__len__("abc"))
try:
    str.upper(1)
except TypeError as e:
    print(e)
for kw in ["def", "class", "None", "x1", "_", "1x", "a-b", "é", "℘", "·x"]:
    print(kw, kw.isidentifier())
