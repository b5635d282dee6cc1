# symtable over many scope shapes: every table's kind, flags and symbol predicates.
import symtable

SOURCES = {
    "closures": """
def outer(a, b=1, *args, c, **kw):
    x = a
    def inner(y):
        nonlocal x
        x += y
        return x + b
    return inner
""",
    "globals": """
import os, sys as system
from math import pi
G = 1
def f():
    global G, H
    G = 2
    H = 3
    return os.sep + system.platform + str(pi)
""",
    "classes": """
class A(Base, metaclass=M):
    attr: int = 3
    other: str
    def method(self):
        return attr, __class__
    @staticmethod
    def s(): return super()
    lam = lambda q: q * 2
    class Inner:
        def deep(self): return A
""",
    "comprehensions": """
data = [1, 2, 3]
def g(n):
    sq = [i * n for i in data if i]
    st = {k for k in range(n)}
    dc = {k: v for k, v in zip(data, data)}
    gen = (j + n for j in data)
    nested = [[a * b for b in data] for a in data]
    if (w := n + 1):
        pass
    ys = [z := x for x in data]
    return sq, st, dc, gen, nested, w, z
""",
    "lambdas": """
f = lambda x, *, y=2: lambda z: x + y + z
def h():
    return lambda: h
""",
    "annotations": """
x: int
y: "List[int]" = []
def f(a: int, b: "str" = "", *c: float, d: bool, **e: dict) -> None:
    v: int = 1
    w: str
class K:
    z: int
    def m(self) -> 'K': ...
""",
    "generators_async": """
def gen():
    yield 1
    x = yield from other()
async def co(session):
    async with session as s:
        async for item in s:
            await item
    return [i async for i in s]
""",
    "try_match_del": """
def f(v):
    try:
        pass
    except ValueError as err:
        del err
    match v:
        case [first, *rest]:
            return first, rest
        case {"k": val, **others}:
            return val, others
        case Point(x=px) as pt:
            return px, pt
    with open("f") as (fa, fb):
        pass
    for i, j in v:
        del i
""",
    "private": """
class C:
    __secret = 1
    def __m(self):
        __local = self.__secret
        return __local
""",
    "future": """
from __future__ import annotations
def f(x: Undefined) -> Whatever:
    return x
""",
}


def show(t, depth=0):
    pad = "  " * depth
    print(pad + repr(t), t.get_type(), t.get_name(), t.get_lineno(),
          t.is_optimized(), t.is_nested(), t.has_children())
    print(pad + "  ids:", sorted(t.get_identifiers()))
    if isinstance(t, symtable.Function):
        print(pad + "  params:", t.get_parameters())
        print(pad + "  locals:", t.get_locals())
        print(pad + "  globals:", t.get_globals())
        print(pad + "  nonlocals:", t.get_nonlocals())
        print(pad + "  frees:", t.get_frees())
    if isinstance(t, symtable.Class):
        print(pad + "  methods:", t.get_methods())
    for sym in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        preds = [p for p in ("referenced", "parameter", "global", "declared_global", "local",
                             "annotated", "free", "imported", "assigned", "namespace", "nonlocal")
                 if getattr(sym, "is_" + p)()]
        extra = ""
        if sym.is_namespace():
            extra = " ns=" + repr(sym.get_namespaces())
            try:
                extra += " one=" + repr(sym.get_namespace())
            except ValueError as e:
                extra += " err=" + str(e)
        print(pad + "   ", repr(sym), sym.get_name(), preds, extra)
    for child in t.get_children():
        show(child, depth + 1)


for name, src in SOURCES.items():
    print("==", name)
    show(symtable.symtable(src, name + ".py", "exec"))
