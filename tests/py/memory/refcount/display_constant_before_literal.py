# A list or set display of constants made before an equal tuple or frozenset constant gives
# the code that object (CPython's compiler caches the first one it makes), not the parse
# arena's equal constant, which holds its own copy while the main module runs: the code's
# object has no arena reference then.
import sys

# a list display first, then the tuple literal
a = [4, 5, 6]
b = (4, 5, 6)
print(sys.getrefcount(b))
c = (7, 8, 9)
d = [7, 8, 9]
print(sys.getrefcount(c))
s = {10, 11, 12}
print(sys.getrefcount(frozenset({10, 11, 12})))
e = [("p", "q"), ("r", "s")]
print(sys.getrefcount(("p", "q")), sys.getrefcount((("p", "q"), ("r", "s"))))


def h():
    x = [13, 14, 15]
    return (13, 14, 15)


print(sys.getrefcount(h()), sys.getrefcount(h.__code__.co_consts[-1]))


def m():
    for x in [19, 20, 21]:
        pass
    return (19, 20, 21)


print(sys.getrefcount(m()), 22 in [22, 23, 24], sys.getrefcount((22, 23, 24)))
print(eval("[28, 29], sys.getrefcount((28, 29))"))
