# the compiled-pattern cache: hits, keys by type and flags, eviction, purge
import re

re.purge()
a = re.compile("abc")
print(re.compile("abc") is a, re.compile("abc", re.I) is a, re.compile(b"abc") is a)
print(re.compile("abc", 0) is a, re.compile("abc", re.NOFLAG) is a)
print(len(re._cache), re._MAXCACHE)
key = (str, "abc", 0)
print(key in re._cache, re._cache[key] is a)
re.purge()
print(len(re._cache), re.compile("abc") is a, re.compile("abc") == a)
for i in range(re._MAXCACHE + 10):
    re.compile("x%d" % i)
print(len(re._cache), (str, "x0", 0) in re._cache, (str, "x10", 0) in re._cache, (str, "x11", 0) in re._cache)
re.purge()
re.compile("d", re.DEBUG & 0)
print(len(re._cache))
print(re.match("a", "a").re is re.compile("a"))
