import dis, io, re

def show(f):
    out = io.StringIO()
    dis.dis(f, file=out)
    print(re.sub(r" at 0x[0-9a-f]+", "", out.getvalue()))

def m(cmd):
    match cmd:
        case [x, y]:
            return x + y
        case {"k": v}:
            return v
        case Point(x=0):
            return 0
        case str() | bytes():
            return "s"
        case _:
            return None

async def co(a):
    async with a as b:
        await b
    async for i in a:
        print(i)

def star(*args, **kw):
    f(*args, **kw)
    g(1, *args)
    return args[1:3], kw["a"]

def chain(a, b, c):
    return a < b < c

def imports():
    import os.path
    from sys import argv as av, path
    return os.path, av, path

def lam():
    return sorted([3, 1], key=lambda x: -x)

def aug(o, i):
    o.x += 1
    o[i] *= 2
    o[1:2] = []
    return ~i, -i, not i

def nl():
    x = 1
    def g():
        nonlocal x
        x = 2
    g()
    return x

def tryexc():
    try:
        pass
    except* ValueError:
        pass

def many(x):
    if x:
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
    while x:
        x -= 1
    return y

class C:
    a = 1
    def meth(self):
        return super().meth()

for f in (m, co, star, chain, imports, lam, aug, nl, tryexc, many, C.meth):
    show(f)
show("class D(C):\n    x: int = 3\n")
show("for i in range(3): print(i)\n")
show("lambda: (yield)")
print(dis.Bytecode(chain).info())
for i in dis.Bytecode(chain): print(i)
print([i.opname for i in dis.get_instructions(chain, show_caches=True)])
