# inspect.getclosurevars (names from co_names: globals, builtins, unbound), getargs,
# getargvalues / formatargvalues, getcoroutinelocals and indentsize.
import asyncio
import inspect
import math
G = 10
def outer():
    x = 1
    def inner(y):
        import os
        return x + G + len(y) + missing_name + y.attr.other + None
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, sorted(cv.globals), cv.builtins, sorted(cv.unbound), type(cv).__name__)
class C:
    def m(self): return G
print(inspect.getclosurevars(C().m), inspect.getclosurevars(lambda: print))
for bad in (len, 1, C):
    try: inspect.getclosurevars(bad)
    except TypeError as e: print(e)
def f(a, b=2, *rest, c, d=4, **kw):
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
    print(inspect.formatargvalues(*info))
    print(inspect.formatargvalues(info.args, None, None, info.locals, formatvalue=lambda v: ' -> ' + str(v)))
f(1, 2, 3, c=5, z=6)
def g(): return inspect.getargvalues(inspect.currentframe())
print(g())
print(inspect.getargs(f.__code__), inspect.getargs((lambda *a, **k: 0).__code__))
try: inspect.getargs(42)
except TypeError as e: print(e)
print(inspect.indentsize('\t  x'), inspect.indentsize('x'), inspect.indentsize('    '))
async def co(q):
    z = 5
    await asyncio.sleep(0)
c = co(1); print(inspect.getcoroutinelocals(c)); c.send(None); print(inspect.getcoroutinelocals(c))
try: c.send(None)
except StopIteration: pass
print(inspect.getcoroutinelocals(c), inspect.getcoroutinelocals(object()))
print(inspect.ArgInfo, inspect.ClosureVars._fields, inspect.Arguments(['a'], None, None))
