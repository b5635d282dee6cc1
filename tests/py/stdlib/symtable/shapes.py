# More scope shapes for symtable: nested classes in functions, class-level comprehensions,
# __class__ cells, star/dotted imports, positional-only and keyword-only parameters,
# decorators, walrus in comprehensions, generator first iterables, del, try/except names.
import symtable

SRC = '''
import a.b.c
from m import *
import x.y as xy

def deco(f):
    return f

@deco
def outer(p, /, q, *rest, k=lambda: p, **kws):
    class Local:
        attr = q
        items = [attr for _ in range(3)]
        def method(self):
            return super().method(), __class__, p
        def other(self, __mangled):
            return self.__priv
    total = 0
    gen = (total + i for i in rest)
    def counter():
        nonlocal total
        total += 1
        return [(last := v) for v in kws]
    del p
    try:
        pass
    except Exception as exc:
        handled = exc
    return Local, gen, counter, last

class Top:
    global G
    G = 1
    def __init__(self):
        self.v = G
    @property
    def p(self):
        return [lambda: self for self in range(2)]

async def agen():
    async for i in aiter_():
        yield i
    return_value = [await x async for x in y]
'''


def walk(t, depth=0):
    pad = "  " * depth
    print(pad, t, t.get_type(), t.get_lineno(), t.is_nested(), t.is_optimized())
    if isinstance(t, symtable.Function):
        print(pad, " P", t.get_parameters(), "L", t.get_locals(), "G", t.get_globals(),
              "N", t.get_nonlocals(), "F", t.get_frees())
    if isinstance(t, symtable.Class):
        print(pad, " M", t.get_methods())
    for name in t.get_identifiers():
        s = t.lookup(name)
        flags = "".join(c if getattr(s, m)() else "." for c, m in (
            ("r", "is_referenced"), ("p", "is_parameter"), ("g", "is_global"),
            ("G", "is_declared_global"), ("l", "is_local"), ("a", "is_annotated"),
            ("f", "is_free"), ("i", "is_imported"), ("s", "is_assigned"),
            ("n", "is_namespace"), ("N", "is_nonlocal")))
        print(pad, "   ", name, flags)
    for c in t.get_children():
        walk(c, depth + 1)


walk(symtable.symtable(SRC, "shapes", "exec"))
walk(symtable.symtable("[x for x in y] + [(lambda: z)()]\n", "interactive", "single"))
walk(symtable.symtable("{k: (lambda: k) for k in d}", "expr", "eval"))
