# re.VERBOSE: whitespace and comments in patterns
import re

number = re.compile(r"""
    (?P<sign> [-+] )?     # optional sign
    (?P<int> \d+ )        # integer part
    (?: \. (?P<frac> \d* ) )?  # fraction
    """, re.X)
for s in ["42", "-3.14", "+7.", "x"]:
    m = number.match(s)
    print(s, m and m.groupdict())

print(re.findall(r"a b c", "abc a b c", re.X))
print(re.findall(r"a\ b", "a b ab", re.X))
print(re.findall(r"[ ]", "a b", re.X))
print(re.findall(r"a # comment [ ( unbalanced\n b", "ab", re.X))
print(re.findall("a#b", "a#b a", re.X))
print(re.findall(r"a\#b", "a#b", re.X))
print(re.findall("(?x) x y | z", "xy z"))
print(re.findall("(?x: a b ) c d", "ab c d abcd"))
print(re.findall("a b (?-x: c d )", "abc d ab c d ", re.X))
print(re.findall("a{1, 2}", "a{1, 2} aa", re.X))
print(re.findall("a {2}", "aa", re.X))
print(re.compile(" a | b ", re.X).findall("a b"))
print(re.fullmatch("(?x)\ta\n\x0b\x0cb\r", "ab"))
try:
    re.compile("a # comment\n)", re.X)
except re.error as e:
    print(e, e.pos, e.lineno, e.colno)
