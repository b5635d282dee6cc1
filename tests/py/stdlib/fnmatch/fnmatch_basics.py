# fnmatch: fnmatch, fnmatchcase, filter, translate (3.11 output)
import fnmatch
import re

names = ["a.py", "b.txt", "setup.py", ".hidden.py", "data1.csv", "data22.csv", "README", "x[1].py", "A.PY"]
for pat in ["*.py", "*.PY", "data?.csv", "data*.csv", "[!a-c]*", "[abc].*", "*", "?????", "x[[]1].py", "*a*", "*.*.*", "[]]", "[!]]"]:
    print(pat, fnmatch.filter(names, pat), [n for n in names if fnmatch.fnmatchcase(n, pat)])
for pat in ["*.py", "a*b*c", "a*b*c*", "*", "**", "?x?", "[a-z]", "[!a-z]", "[z-a]", "[a-c-e]", "[^x]", "[[]", "[", "a[", "[!]", "[]", "[a&&b]", "[a~~b]", "[a||b]", "*a*b", "x*y*z*w", "a\\b", "[\\]", "[a-]", "[!-]", "[-a]", "é*ü"]:
    rx = fnmatch.translate(pat)
    print(repr(pat), repr(rx), bool(re.match(rx, "abc")))
print(fnmatch.fnmatch("FILE.TXT", "*.txt"), fnmatch.fnmatchcase("FILE.TXT", "*.TXT"))
print(fnmatch.fnmatchcase(b"abc.py", b"*.py"), fnmatch.fnmatch("a\nb", "a*b"))
print(fnmatch.fnmatchcase("aXbYc", "a*b*c"), fnmatch.fnmatchcase("abcbc", "a*bc"), fnmatch.fnmatchcase("ab", "a*b*c"))
print(sorted(fnmatch.__all__))
