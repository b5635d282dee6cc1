# deeply nested patterns: the parser is recursive in CPython, so RecursionError comes at the same depth
import re, sys
def first_fail(make):
    lo, hi = 1, 2000
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            re.compile(make(mid))
            lo = mid + 1
        except RecursionError:
            hi = mid
    return lo
print(first_fail(lambda n: "(" * n + ")" * n))
print(first_fail(lambda n: "(?:" * n + ")" * n))
print(first_fail(lambda n: "(?:" * n + "a" + ")" * n))
print(first_fail(lambda n: "(" * n + "a" + ")" * n))
print(first_fail(lambda n: "(?=" * n + "a" + ")" * n))
print(first_fail(lambda n: "(?:a|" * n + "b" + ")" * n))
print(first_fail(lambda n: "(?:a" * n + ")*" * n))
def f():
    return first_fail(lambda n: "(" * n + ")" * n)
print(f())
re.purge()
sys.setrecursionlimit(300)
print(first_fail(lambda n: "(" * n + "a" + ")" * n))
sys.setrecursionlimit(1000)
try:
    re.compile("(" * 600 + ")" * 600)
except RecursionError as e:
    print(repr(e))
print(re.compile("(" * 400 + "a" + ")" * 400).match("a").span(400))
