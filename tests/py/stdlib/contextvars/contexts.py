# Context objects: run, copy, the mapping API and isolation between contexts
import contextvars
import re
from contextvars import Context, ContextVar, copy_context


def clean(text):
    return re.sub(r"0x[0-9a-f]+", "0xADDR", str(text))


a = ContextVar("a", default=0)
b = ContextVar("b")
a.set(1)
ctx = copy_context()
print(len(ctx), a in ctx, b in ctx, ctx[a], ctx.get(b), ctx.get(b, "dflt"), list(ctx) == [a])


def inside(x, y=0):
    a.set(x + y)
    b.set("in")
    return a.get(), b.get(), len(copy_context())


print(ctx.run(inside, 10, y=5))
print(a.get(), b.get(None), ctx[a], ctx[b], len(ctx))
print(sorted((k.name, v) for k, v in ctx.items()), sorted(k.name for k in ctx.keys()), sorted(ctx.values(), key=str))
snap = ctx.copy()
ctx.run(a.set, 99)
print(ctx[a], snap[a], snap == ctx, snap == snap.copy(), snap != ctx, snap == {})
empty = Context()
print(len(empty), list(empty), empty.get(a), empty.run(a.get), empty.run(lambda: b.get("none")))


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, clean(e))


attempt("getitem int", lambda: empty[1])
attempt("getitem missing", lambda: empty[a])
attempt("contains int", lambda: 1 in empty)
attempt("get int", lambda: empty.get("x"))
attempt("hash", lambda: hash(empty))
attempt("args", lambda: Context(1))
attempt("run()", lambda: empty.run())
attempt("reenter", lambda: ctx.run(ctx.run, print))
attempt("nested other", lambda: ctx.run(snap.run, a.get))


def boom():
    a.set(-1)
    raise ValueError("inside")


attempt("raises", lambda: ctx.run(boom))
print(ctx[a], a.get())
print(clean(repr(empty)), type(empty).__name__)


def counter():
    n = ContextVar("n", default=0)

    def bump():
        n.set(n.get() + 1)
        return n.get()

    return n, bump


n, bump = counter()
c1, c2 = copy_context(), copy_context()
print([c1.run(bump) for _ in range(3)], c2.run(bump), n.get())
