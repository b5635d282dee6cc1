s = "a😀b𝔘c\U0010FFFFd"
print(len(s), [c for c in s], s[1], s[3], s[-2], s[1:4], s[::-1], s[::2], s[5:0:-2])
print(s.find("b"), s.index("c"), s.count("😀"), s.split("b"), s.upper(), repr(s), ascii(s))
for i in range(len(s)):
    print(i, repr(s[i]), ord(s[i]), end="; ")
print()
t = "abcdefghij"
print(t[2:8:3], t[-3:], t[:-3], t[100:], t[-100:2], t[::-3], t[8:2:-2], t[1:1], t[5:2])
try:
    t[10]
except IndexError as e:
    print(e)
try:
    t["1"]
except TypeError as e:
    print(e)
try:
    t[::0]
except ValueError as e:
    print(e)
print(list(reversed("héllo")), sorted("héllo"), max("abc😀"), min("b😀a"))
