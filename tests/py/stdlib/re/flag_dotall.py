# re.DOTALL: . matches newlines
import re

s = "a\nb\r\nc"
print(re.findall(".", s))
print(re.findall(".", s, re.S))
print(re.match("a.b", "a\nb"), re.match("a.b", "a\nb", re.S))
print(re.findall("<.*>", "<a>\n<b>"), re.findall("<.*>", "<a>\n<b>", re.S))
print(re.findall("<.*?>", "<a>\n<b>", re.S))
print(re.match("(?s).+", s).group() == s, re.match("(?s:.)\n?.", "\n\n"))
print(re.findall(".+", "x\u2028y\x85z"))
