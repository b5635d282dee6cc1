# While the main script (or exec/eval of source text) runs, CPython's parse arena keeps a
# reference to each literal of the source and to each constant the AST optimizer folded: a
# subscript of a constant tuple is held by the folded tuple and by the fold's result; tuples
# the compiler builds itself (defaults, keyword names) are not the arena's.
import sys

rc = sys.getrefcount
a = -1000
b = 2**40
c = ("t u",)[0]
d = ("p q", "r s")[1]
e = "x y" * 2
f = -1.5
g = (-1.25, "k l")
h = (1000, (2000, "n m"))[1]
print(rc(a), rc(b), rc(c), rc(d), rc(e), rc(f))
print(rc(g), rc(g[0]), rc(g[1]), rc(h), rc(h[1]))
for item in [7000, "m n"]:
    print(rc(item))
for item in (7001, "m o"):
    print(rc(item))
print(rc(-1000), rc(("t u", "v w")))
twice = ("a a",)[0] + ("a a",)[0]
print(rc(twice))
once = -5000
again = -5000
print(rc(once))
literal_first = 5000
folded_later = 4999 + 1
print(rc(literal_first))
msg = "%s and %s" % (a, b)
print(rc(msg))


def defaults(x=(8000, 9000), *, y="kw d"):
    return x, y


print(rc(defaults.__defaults__), rc(defaults.__defaults__[0]), rc(defaults.__kwdefaults__["y"]))


def inner():
    z = ("q r",)[0]
    return rc(z)


print(inner())
print(3 in {1, 2, 3}, rc(frozenset({1, 2})))
src = "v = ('s t',)[0]\nw = -3000\nprint(sys.getrefcount(v), sys.getrefcount(w))\n"
exec(src)
exec(compile(src, "<s>", "exec"))
print(eval("sys.getrefcount(('e v',)[0])"))
