# counted repeats {m}, {m,}, {,n}, {m,n}; braces that are literals; limits
import re

for pat in ["a{2}", "a{2,}", "a{,2}", "a{2,3}", "a{0}", "a{0,0}", "a{,}", "a{2,3}?", "a{,2}?", "(ab){2}"]:
    print(pat, [m.group() for m in re.finditer(pat, "aaaaa ab abab")])
for pat in ["a{", "a{1", "a{1,", "a{}", "a{x}", "{", "{1}", "a{1,2", "x{ 1}", "a{,x}", "a{1}{2}x"]:
    try:
        p = re.compile(pat)
        print(repr(pat), p.search(pat + " " + pat.replace("{", "")))
    except re.error as e:
        print(repr(pat), "error:", e)
for pat in ["a{3,2}", "x{4294967295}", "x{4294967296,}", "x{0,4294967295}", "x{99999999999999999999}"]:
    try:
        re.compile(pat)
        print(pat, "ok")
    except (re.error, OverflowError) as e:
        print(pat, type(e).__name__, e)
print(re.compile("x{4294967294}").pattern, re.match("x{1,4294967294}", "xxx"))
print(re.fullmatch("(?:a{2}){3}", "a" * 6), re.fullmatch("a{3}{2}", "a" * 6) if False else "skip")
