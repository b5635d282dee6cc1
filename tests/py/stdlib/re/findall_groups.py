# findall: no group -> matched text, one group -> that group, several -> tuples
import re

s = "k1=v1; k2=v2; k3="
print(re.findall(r"\w+=\w*", s))
print(re.findall(r"(\w+)=\w*", s))
print(re.findall(r"(\w+)=(\w*)", s))
print(re.findall(r"(\w+)=(x)?", s))
print(re.findall(r"(?:\w+)=(?:\w*)", s))
print(re.findall(r"((\w)\w*)=", s))
print(re.findall(r"(?P<k>\w+)=", s))
print(re.findall(b"(a)(b)?", b"ab a"))
print(re.compile(r"\d").findall("a1b22c333", 2), re.compile(r"\d").findall("a1b22c333", 2, 5))
print(re.compile(r"\d").findall("a1b22c333", endpos=3), re.compile(r"\d").findall("123", pos=-5, endpos=99))
print(re.findall(r"(a)|b", "ab"), re.findall(r"(a)|(b)", "ab"))
