# re.escape for str and bytes
import re

for s in ["a.b", "1+1=2", "(x|y)*", "tab\tnew\nline", "~&#-", " sp ", "naïve", "\x00\x7f", "\\", "_az09",
          "!\"%',/:;<=>@`", "\u2028\U0001f600"]:
    e = re.escape(s)
    print(ascii(s), ascii(e), re.fullmatch(e, s) is not None)
print(re.escape(b"a.b*c\xff"), re.fullmatch(re.escape(b"[x]"), b"[x]"))
print(re.escape(bytearray(b"a+b")))
try:
    re.escape(1)
except TypeError as e:
    print("TypeError", e)
