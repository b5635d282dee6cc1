import sys

def f(a, b):
    x = a.b.c.d
    y = a[b][c]
    z = a(b)(c)
    a.b = 1
    a[b] = 2
    a.b.c = 3
    return x, y, z

def boolops(a, b, c):
    if a and b:
        pass
    if a or b:
        pass
    if (a and b) or c:
        pass
    if a and (b or c):
        pass
    if not (a or b):
        pass
    x = a and b
    y = a or b or c
    z = not a
    w = a and not b
    return x, y, z, w

def cond_expr(a):
    return 1 if a else 2

def compare_jump(a, b, c):
    if a < b < c:
        return 1
    while a is not None:
        a = a.next
    return a == b

def const_cond():
    if 0:
        x = 1
    if 1:
        y = 2
    while True:
        break
    while 0:
        pass
    return y

def unpack():
    a, *b = [1, 2, 3]
    *c, d = (1, 2)
    (e, f), g = (1, 2), 3
    for h, (i, j) in []:
        pass
    return a, b, c, d, e, f, g

def big_list():
    return [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20,
            a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32]

def big_call():
    return f(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20,
             a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32)

def big_dict():
    return {1: a, 2: b, 3: c, 4: d, 5: e, 6: f, 7: g, 8: h, 9: i, 10: j, 11: k, 12: l, 13: m, 14: n, 15: o, 16: p, 17: q}

def multiline_call():
    return obj.method(
        a,
        b,
    ).other(
        c
    )

def fstrings(x, y):
    return f"{x}", f"a{x}b{y}c", f"{x!r}", f"{x:{y}}", f"{x=}", f"{'nested'}"

def slices(a):
    return a[1:], a[:2], a[::3], a[1:2:3], a[:]

def aug(a, b):
    a += 1
    a -= b
    a *= 2
    a /= 3
    a //= 4
    a %= 5
    a **= 6
    a <<= 7
    a >>= 8
    a &= 9
    a |= 10
    a ^= 11
    a @= b
    return a

def dels(a, b):
    del a
    del b[0]
    del b.c
    global q
    del q

def imports():
    import os
    import os.path
    import a.b.c as d
    from x import y
    return os, d, y

def yields():
    x = yield 1
    y = yield
    z = yield from x
    return x, y, z

def lambda_in_default(f=lambda x: x * 2):
    return f

def starred_call(a, b):
    f(*a)
    f(*a, *b)
    f(**a)
    f(**a, **b)
    f(x=1, **a)
    f(*a, x=1)
    f(1, *a, x=2, **b)

def set_and_tuple_folding(x):
    return x in (1, 2, 3), x in [1, 2, 3], x in {1, 2, 3}, x not in [a, b]

def for_over_list():
    for x in [1, 2, 3]:
        print(x)
    for y in [a, b]:
        print(y)
    for z in {1, 2}:
        print(z)
