# numbered and named backreferences, including unmatched groups and octal ambiguity
import re

print(re.search(r"(\w+) \1", "hello hello world"))
print(re.search(r"(\w)\1", "abccd"))
print(re.findall(r"(\w)\1", "aabbcd"))
print(re.match(r"(a)|\1", "x"))
print(re.match(r"(?:(a)|b)\1", "ba"), re.match(r"(?:(a)|b)\1", "aa"))
print(re.match(r"(a*)\1", "aaaa"), re.match(r"(a*)+\1", "aaa"))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"))
print(re.match(r"(a)\100", "a@"))
print(re.match(r"\0", "\0"), re.match(r"\07", "\x07"), re.match(r"\141", "a"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'it\"s' rest"))
print(re.match(r"(a)\1", "aA", re.I), re.match(r"(k)\1", "k\u212a", re.I))
print(re.sub(r"(.)\1+", r"\1", "aaabbbcdd"))
for bad in [r"(a)\10", r"\1(a)", r"(a\1)", r"(a)\2", r"\1", r"(?P<a>x)\2", r"(a)(?<=\1)", r"\8", r"[\1]"]:
    try:
        print(bad, re.compile(bad))
    except re.error as e:
        print(bad, "->", e)
