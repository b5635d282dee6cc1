# gen.close() / gen.throw() / an abandoned genexpr resume the frame with an exception: the
# tracer sees a 'call' event first (CPython's TRACE_FUNCTION_THROW_ENTRY), then 'exception'.
import sys

ev = []


def tr(frame, event, arg):
    if frame.f_code.co_name in ("<genexpr>", "g", "h"):
        ev.append((frame.f_code.co_name, event, frame.f_lineno - tr.__code__.co_firstlineno))
    return tr


def g():
    yield 1
    yield 2


def h():
    try:
        yield 1
    except ValueError:
        yield "caught"


prof = []
sys.settrace(tr)
print(all(x for x in [1, 2, 0, 3]))
print(list(g()))
it = g()
next(it)
it.close()
it = h()
next(it)
print(it.throw(ValueError))
it.close()
fresh = g()
try:
    fresh.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
sys.settrace(None)
for e in ev:
    print(e)
sys.setprofile(lambda f, e, a: prof.append((f.f_code.co_name, e)) if f.f_code.co_name == "g" else None)
it = g()
next(it)
it.close()
sys.setprofile(None)
print(prof)
