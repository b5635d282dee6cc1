# references held by patterns, matches and iterators; weak references to patterns
import copyreg
import gc
import re
import sys
import weakref

s = "".join(["sub", "ject"])  # a fresh string
base = sys.getrefcount(s)
m = re.match("sub", s)
print(sys.getrefcount(s) - base, m.string is s)
g = m.group()
del m
print(sys.getrefcount(s) - base)
it = re.finditer("j", s)
print(sys.getrefcount(s) - base)
del it
print(sys.getrefcount(s) - base)

p = re.compile("(?P<w>weak)ref")
r = weakref.ref(p)
print(r() is p)
m = p.match("weakref")
print(m.re is p)
del p
print(r() is not None)  # still cached by re
re.purge()
print(r() is not None)  # the match keeps it alive
del m
print(r())
try:
    weakref.ref(re.match("a", "a"))
except TypeError as e:
    print("TypeError", e)
reducer = copyreg.dispatch_table[re.Pattern]
func, args = reducer(re.compile("q", re.I))
print(reducer.__name__, func.__name__, args, func(*args) is re.compile("q", re.I))
print(gc.is_tracked(re.compile("zz")), gc.is_tracked(re.match("z", "z")))
