# finditer: the callable_iterator of matches, pos and endpos, laziness
import re

it = re.finditer(r"\d+", "a1 b22 c333")
print(type(it).__name__)
print(next(it), next(it))
print(list(it), list(it))
p = re.compile(r"\w")
print([m.group() for m in p.finditer("abcdef", 2, 4)])
print([m.span() for m in p.finditer("abc", pos=1)], [m.pos for m in p.finditer("abc", 1)])
print([m.endpos for m in p.finditer("abc", endpos=2)])
text = ["x1y2"]
it = re.finditer(r"\d", text[0])
text[0] = "changed"
print([m.group() for m in it])
sc = p.scanner("ab c")
print(type(sc).__name__, sc.pattern is p)
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = p.scanner("ab c")
print(sc.search(), sc.search(), sc.search(), sc.search(), sc.search())
print([m.span() for m in re.finditer("", "ab")])
