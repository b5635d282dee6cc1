# keyword arguments, argument-count errors and integer conversions of the re API
import re
p = re.compile(r"(\w)(\d)?")
m = p.match("a1")
tests = [
    lambda: p.sub(repl="x", string="ab", count=1),
    lambda: p.subn(string="ab", repl="-"),
    lambda: p.split(string="a b", maxsplit=1),
    lambda: p.findall(string="ab", pos=1, endpos=2),
    lambda: p.search(string="ab", pos=1),
    lambda: list(p.finditer(string="ab", endpos=1)),
    lambda: re.sub(pattern="a", repl="b", string="aa", count=1, flags=0),
    lambda: m.groups(default="?"),
    lambda: m.groupdict(default="?"),
    lambda: m.start(group=1),
    lambda: m.span(0, 1),
    lambda: m.expand(template=r"\1"),
    lambda: p.match("a", pos=1.5),
    lambda: p.match("a", 0, "1"),
    lambda: p.match(),
    lambda: p.match("a", 1, 2, 3),
    lambda: p.match("a", bogus=1),
    lambda: p.sub("x"),
    lambda: p.split(),
    lambda: p.scanner("a", 0, 1, 2),
    lambda: p.findall("a", pos=2**70),
    lambda: p.match("abc", -(2**70)),
    lambda: m.group(2**70),
    lambda: p.__copy__(1),
    lambda: p.__deepcopy__(),
    lambda: m.__deepcopy__(None),
    lambda: re.compile("a", flags="x"),
    lambda: re.compile("a", 2**40),
    lambda: re.match("a", "a", re.I | re.M).re.flags,
    lambda: p.scanner("ab").match(1),
    lambda: re.compile("(a)").groupindex.keys(),
    lambda: m.end(group=1), lambda: m.span(x=1), lambda: m.groups(1, 2, 3), lambda: m.__copy__(1),
    lambda: m.__deepcopy__(), lambda: p.scanner("a").search(1), lambda: p.scanner("a").match(x=1),
    lambda: m.group(x=1), lambda: p.match("a", 2**63), lambda: p.match("a", -2**63 - 1),
    lambda: p.sub("x", "y", 2**64), lambda: re.compile("a", 2**31), lambda: re.compile("a", -2**31 - 1),
    lambda: re.compile("a", -2**31), lambda: re.compile("a", -2**31).flags, lambda: re.compile("(", 2**40),
    lambda: p.__copy__(x=1), lambda: p.__deepcopy__(memo=1), lambda: p.match("a", True, 5),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
