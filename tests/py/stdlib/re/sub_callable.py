# sub/subn with a function: the match object, None results, counts
import re

def upper(m):
    return m.group().upper()

print(re.sub(r"\b\w", upper, "hello big world"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"\d", lambda m: None, "a1b2"))
print(re.sub(r"(a)|(b)", lambda m: repr(m.groups()), "ab"))
calls = []
def record(m):
    calls.append((m.span(), m.pos, m.endpos, m.string, m.re.pattern, m.lastindex))
    return "<>"
print(re.sub(r"(o)", record, "foo", 1))
print(calls)
print(re.sub("x*", lambda m: "[%s]" % m.group(), "axxb"))
print(re.sub(b"a", lambda m: m.group() + b"!", b"banana"))
class Repl:
    def __call__(self, m):
        return "R"
print(re.sub("a", Repl(), "aa"))
for bad in [lambda m: 1, lambda m: b"x"]:
    try:
        print(re.sub("a", bad, "xa"))
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(b"a", lambda m: "x", b"ab")
except TypeError as e:
    print("TypeError", e)
def boom(m):
    raise ValueError("stop at %d" % m.start())
try:
    re.sub("b", boom, "abc")
except ValueError as e:
    print("ValueError", e)
