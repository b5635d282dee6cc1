# re.MULTILINE: ^ and $ at line boundaries; \A \Z unaffected
import re

text = "first line\nsecond line\n\nlast"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text))
print(re.findall(r"\w+$", text, re.M))
print(re.findall(r"^$", text, re.M))
print(re.findall(r"^", text, re.M))
print(re.findall(r"$", text, re.M))
print(re.findall(r"$", text))
print(re.findall(r"\A\w+", text, re.M), re.findall(r"\w+\Z", text, re.M))
print(re.search("a$", "a\n"), re.search("a$", "a\n", re.M), re.search(r"a\Z", "a\n"))
print(re.search("a$", "a\n\n"), re.search("a$", "a\n\n", re.M))
print(re.sub("^", "> ", "one\ntwo\nthree", flags=re.M))
print(re.sub("$", ";", "one\ntwo\n", flags=re.M))
print(re.split("^", "a\nb\nc", flags=re.M))
print(re.findall("(?m)^b", "a\nb"))
print([m.span() for m in re.finditer("^", "\n\n", re.M)])
