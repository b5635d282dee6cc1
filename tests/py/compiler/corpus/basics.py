"""Module docstring."""
import os
import os.path
import os.path as osp
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..pkg import thing
from os import *

x = 1
y = x + 2 * 3 - 4 / 5 // 6 % 7 ** 8
z = -x, +x, ~x, not x
a, b = b, a
a, b, c = c, b, a
[a, *b, c] = range(10)
a = b = c = []
x += 1
x.attr += 2
x[1] -= 3
x[a:b] *= 4
del x, y
del a.b, a[1], a[1:2]
print(x.attr, x[0], x[1:2], x[1:2:3], x[:], x[::2], x[1, 2], x[1:2, ::3])
s = f"{x} and {y!r:>{width}} {z!a} {w!s:.3f}"
t = "%s %r %a %5s %-3s %.2s" % (a, b, c, d, e, f)
u = "abc" "def"
v = b"bytes" + b"more"
w = 1j + 2, 3.5, 0.1, 1e100, -0.0, 10**20, 2**200, "a" * 3, (1, 2) * 2
lst = [1, 2, 3]
lst2 = [1, 2]
st = {1, 2, 3}
dct = {"a": 1, "b": 2}
dct2 = {a: 1, **b, "c": 3}
tpl = (1, *a, 2)
cond = a if b else c
chain = a < b < c
chain2 = a < b == c > d
if a and b or c:
    pass
elif not a:
    pass
else:
    pass
while x:
    x -= 1
    if x == 5:
        break
    if x == 3:
        continue
else:
    print("done")
for i in range(10):
    print(i)
else:
    print("no break")
for i, j in [(1, 2)]:
    pass
assert x, "message"
assert y
print(a in [1, 2, 3], b not in {1, 2}, c is None, d is not None)
print(*args, **kwargs)
print(1, *args, 2, key=1, **kwargs)
f(a, b=1, c=2)
obj.method(a, b, key=3)
obj.method(*a)
x = lambda: 0
y = lambda a, b=2, *c, d, e=5, **f: a
__debug__
if __debug__:
    print("debug")
global_var: int = 5
annotated: "str"
obj.attr: int
obj[0]: int = 3
