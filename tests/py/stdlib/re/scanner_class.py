# re.Scanner: a lexicon of (pattern, action) pairs
import re

def ident(scanner, token):
    return ("ID", token)

def number(scanner, token):
    return ("NUM", int(token), scanner.match.span())

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", ident),
    (r"\d+", number),
    (r"=|\+|-|\*|/", lambda s, t: ("OP", t)),
    (r"\s+", None),
    (r"#.*", "COMMENT"),
])
print(scanner.scan("x = 12 + y3 * 4 # done"))
print(scanner.scan("a = 1 ? b"))
print(scanner.scan(""))
s2 = re.Scanner([("a", "A"), ("(b)(c)", lambda s, t: (t, s.match.groups(), s.match.lastindex))], re.I)
print(s2.scan("aBcA!"))
print(s2.scanner.groups, s2.scanner.pattern, type(s2.scanner).__name__)
