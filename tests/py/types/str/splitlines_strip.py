s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "x".splitlines(keepends=True))
for t in ["  hi  ", "\t\n hi \x1c\x1f", "xxhixx", "\u3000hi\u3000", "", "   "]:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x")), repr(t.strip("xh ")), repr(t.lstrip(None)))
print(repr("😀a😀".strip("😀")), repr("aéa".strip("a")), repr("abcba".strip("ab")))
try:
    "a".strip(1)
except TypeError as e:
    print(e)
