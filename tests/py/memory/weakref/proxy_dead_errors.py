# Every operation on a dead proxy raises ReferenceError.
import weakref


class T:
    def __call__(self):
        return 1

    def __len__(self):
        return 1


t = T()
p = weakref.proxy(t)
del t
ops = {
    "getattr": lambda: p.x,
    "setattr": lambda: setattr(p, "x", 1),
    "call": lambda: p(),
    "len": lambda: len(p),
    "bool": lambda: bool(p),
    "str": lambda: str(p),
    "eq": lambda: p == 1,
    "add": lambda: p + 1,
    "iter": lambda: iter(p),
    "getitem": lambda: p[0],
    "contains": lambda: 1 in p,
}
for name, op in ops.items():
    try:
        op()
        print(name, "no error")
    except ReferenceError as e:
        print(name, "ReferenceError:", e)
    except TypeError as e:
        print(name, "TypeError:", e)
