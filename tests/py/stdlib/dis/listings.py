import dis, io, re

def show(f):
    out = io.StringIO()
    dis.dis(f, file=out)
    print(re.sub(r" at 0x[0-9a-f]+", "", out.getvalue()))

def add(a, b):
    return a + b

def loop(n):
    total = 0
    for i in range(n):
        if i % 2 == 0:
            total += i
        else:
            continue
    while total > 100:
        total //= 2
    return total

def calls(obj, items):
    obj.method(1, key=2)
    x = obj.attr.sub
    items[0] = x
    print(f"{x!r:>10} and {items}")
    a, b, *rest = items
    return {k: v for k, v in zip(a, b)}

def exc(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        print("div", e)
    finally:
        print("done")

def closure():
    y = 5
    def inner(z):
        return y + z
    return inner

def gen(n):
    yield from range(n)
    yield n

def logic(a, b, c):
    if a and b or not c:
        return a is None
    return b if c in a else None

def withs(path):
    with open(path) as f:
        data = f.read()
    assert data, "empty"
    del data
    global G
    G = 1

show(add)
show(loop)
show(calls)
show(exc)
show(closure)
show(gen)
show(logic)
show(withs)
show("x = 1; y = x * 2")
show("a + b")
for ins in dis.get_instructions(add):
    print(ins.opname, ins.arg, ins.argval, ins.argrepr, ins.offset, ins.starts_line, ins.is_jump_target)
print(dis.Bytecode(add).dis())
print(dis.code_info(loop))
print(list(dis.findlinestarts(add.__code__)))
print(dis.opname[100], dis.opmap["CALL"])
class K:
    def m(self): return self
    @staticmethod
    def s(): pass
show(K)
def big():
    x = [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]
    return x
show(big)
