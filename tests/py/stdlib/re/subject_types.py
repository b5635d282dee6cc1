# what can be searched: str (and subclasses), bytes-like objects; what cannot
import re

class MyStr(str):
    def __repr__(self):
        return "MyStr(%s)" % str.__repr__(self)

s = MyStr("hello world")
m = re.search(r"o (w)", s)
print(m, type(m.string).__name__, type(m.group()).__name__, type(m.group(1)).__name__)
print(re.sub("o", "0", s), type(re.sub("o", "0", s)).__name__, type(re.sub("z", "0", s)).__name__)
print(re.split(" ", s), [type(x).__name__ for x in re.split(" ", s)], re.findall("l+", s))
p = re.compile(MyStr("l+"))
print(p, p.pattern, type(p.pattern).__name__)
print(re.search(b"l+", bytearray(b"hello")), re.sub(b"l", b"L", bytearray(b"hello")))
print(type(re.sub(b"l", b"L", bytearray(b"hello"))).__name__, re.split(b"l", bytearray(b"hello")))
for bad in [None, 1, 1.5, ["a"], ("a",), {"a": 1}, object()]:
    try:
        re.search("a", bad)
    except TypeError as e:
        print(type(bad).__name__, e)
for bad in [None, 1, ["a"]]:
    try:
        re.compile(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
