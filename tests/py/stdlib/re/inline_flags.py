# inline flags: global (?i) at the start, scoped (?i:...), turning flags off (?-i:...)
import re

tests = [
    ("(?i)abc", "ABC"), ("(?i:a)b", "Ab"), ("(?i:a)b", "AB"), ("a(?i:b)c", "aBc"),
    ("(?i)a(?-i:b)c", "AbC"), ("(?i)a(?-i:b)c", "ABC"), ("(?s).", "\n"), ("(?s:.)(.)", "\n\n"),
    ("(?m)^b", "a\nb"), ("(?x: a b )c", "abc"), ("(?i)(?m)a", "A"), ("(?x)(?i)a", "A"),
    ("(?ims)^A.B", "x\na\nb"), ("(?-x:a b)", "a b"), ("(?i-s:a.)", "A\n"), ("(?a)\\w", "é"),
    ("(?a:\\w)\\w", "xé"), ("(?x)  # leading comment\n (?i) a", "A"),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(ascii(pat), ascii(s), m and ascii(m.group()))

print(re.compile("(?i)a").flags, re.compile("(?im)a").flags, re.compile("(?i:a)").flags)
print(re.compile("(?x)a").flags, re.compile("(?s)(?m)a").flags)

bad = ["a(?i)", "a|(?i)b", "(a(?i))", "(?i", "(?i-", "(?i-:a)", "(?z)", "(?-)", "(?-i)",
       "(?i-i:a)", "(?au:a)", "(?-a:a)", "(?-u:a)", "(?aL)", "(?L)", "(?t:a)", "(?-t:a)",
       "(?i:a", "(?-", "(?i-x", "(?i-xz:a)", "(?i-:)", "(?x-x:a)", "(?ii:a)"]
for pat in bad:
    try:
        re.compile(pat)
        print(pat, "ok")
    except re.error as e:
        print(pat, "error:", e)
print(re.compile(b"(?L)a").flags, re.compile(b"(?a)a").flags)
