# The native fast paths of +, -, *, quantize and Decimal(int) (src/modules/_decimal_accel.ts)
# against python3 over values and contexts at their edges: zeros of either sign and any
# exponent, exponents that differ, results at the precision and exponent limits, clamp,
# every rounding mode, trapped Rounded/Inexact, pending flags, subclasses, and contexts
# switched by localcontext and contextvars.
import contextvars
import random
from decimal import (
    ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
    ROUND_HALF_UP, ROUND_UP, Context, Decimal, Inexact, Rounded, getcontext, localcontext,
    setcontext,
)

MODES = [ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
         ROUND_HALF_UP, ROUND_UP]
rng = random.Random(7)


def rand_dec():
    k = rng.random()
    if k < 0.15:
        c = 0
    elif k < 0.5:
        c = rng.randrange(1, 1000)
    elif k < 0.8:
        c = rng.randrange(1, 10 ** rng.randrange(1, 20))
    else:
        c = rng.randrange(1, 10 ** rng.randrange(20, 40))
    e = rng.choice([0, 0, -2, -2, -4, 3, rng.randrange(-30, 30), rng.randrange(-12, 12)])
    s = rng.choice(["", "-"])
    return Decimal("%s%de%d" % (s, c, e))


def show(label, f):
    try:
        r = f()
        out = "%s %r" % (label, r)
        if isinstance(r, Decimal):
            out += " %s%s" % (r.as_tuple().sign, type(r).__name__)
    except Exception as e:
        out = "%s %s %s" % (label, type(e).__name__, e)
    ctx = getcontext()
    flags = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    print(out, flags)
    ctx.clear_flags()


contexts = [
    Context(),
    Context(prec=5, Emax=10, Emin=-10),
    Context(prec=5, Emax=10, Emin=-10, clamp=1),
    Context(prec=9, rounding=ROUND_FLOOR),
    Context(prec=3, traps=[Inexact]),
    Context(prec=12, traps=[Rounded]),
    Context(prec=1, Emax=2, Emin=-2),
]

for ci, ctx in enumerate(contexts):
    setcontext(ctx)
    print("context", ci, ctx)
    for i in range(120):
        a, b = rand_dec(), rand_dec()
        show("add %s %s" % (a, b), lambda: a + b)
        show("sub %s %s" % (a, b), lambda: a - b)
        show("mul %s %s" % (a, b), lambda: a * b)
        q = Decimal("1e%d" % rng.randrange(-8, 6))
        mode = rng.choice(MODES + [None])
        show("quantize %s %s %s" % (a, q, mode), lambda: a.quantize(q, rounding=mode))
        show("quantize %s %s" % (a, q), lambda: a.quantize(q))
        show("quantize pos %s %s %s" % (b, q, mode), lambda: b.quantize(q, mode))

setcontext(Context())
# zeros of every sign meeting each other
for x in ("0", "-0", "0e-3", "-0e5", "0.00", "-0.0"):
    for y in ("0", "-0", "0e2", "-0e-4", "5", "-5e-3"):
        for mode in (ROUND_HALF_EVEN, ROUND_FLOOR):
            getcontext().rounding = mode
            show("z %s %s %s" % (x, y, mode), lambda: (Decimal(x) + Decimal(y), Decimal(x) - Decimal(y),
                                                        Decimal(x) * Decimal(y), Decimal(y) - Decimal(y)))
getcontext().rounding = ROUND_HALF_EVEN

# a pending condition left in the context is reported by the next operation, as in python3
ctx = getcontext()
ctx.traps[Inexact] = True
show("trapped", lambda: Decimal(1) / Decimal(3))
show("after trap", lambda: Decimal("1.5") + Decimal("2.5"))
ctx.traps[Inexact] = False

# arguments the fast paths hand over
a = Decimal("2.675")
show("q kw context", lambda: a.quantize(Decimal("0.01"), context=Context(rounding=ROUND_UP)))
show("q rounding+context", lambda: a.quantize(Decimal("0.01"), ROUND_DOWN, Context(prec=2)))
show("q exp kw", lambda: a.quantize(exp=Decimal("0.01")))
show("q bad rounding", lambda: a.quantize(Decimal("0.01"), rounding="ROUND_SIDEWAYS"))
show("q int exp", lambda: a.quantize(2))
show("q nan", lambda: a.quantize(Decimal("NaN")))
show("q inf", lambda: Decimal("inf").quantize(Decimal(1)))
show("q too many", lambda: a.quantize(Decimal(1), None, None, None))
show("add int", lambda: a + 7)
show("radd int", lambda: 7 + a)
show("add float", lambda: a + 1.5)
show("mul str", lambda: a * "2")
show("add inf", lambda: a + Decimal("-inf"))
show("mul nan", lambda: a * Decimal("sNaN"))
show("add method", lambda: a.__add__(Decimal(1)))
show("add method ctx", lambda: Decimal.__add__(a, Decimal(1)))


class D(Decimal):
    pass


show("subclass add", lambda: D("1.5") + D("2.25"))
show("subclass mul", lambda: Decimal("1.5") * D("2"))
show("subclass quantize", lambda: D("1.555").quantize(Decimal("0.01")))
show("subclass new", lambda: D(5))
show("new ints", lambda: [Decimal(n) for n in (0, -0, 1, -1, 10 ** 30, -(10 ** 30), True, False)])
show("new int subclass", lambda: Decimal(type("I", (int,), {})(42)))
show("new kw", lambda: Decimal(value=3))
show("new ctx", lambda: Decimal(3, Context()))
show("new none", lambda: Decimal())
show("new bad", lambda: Decimal([1]))
print(Decimal.__new__(Decimal, 12), Decimal.__new__(D, 12).__class__.__name__)

# contexts switched under the fast paths
with localcontext() as lc:
    lc.prec = 3
    show("local", lambda: Decimal("1.2345") + Decimal("1"))
show("outer", lambda: Decimal("1.2345") + Decimal("1"))


def in_copy():
    getcontext().prec = 2
    return Decimal("1.25") * Decimal("3"), Decimal("9.87").quantize(Decimal("0.1"))


show("copy_context", lambda: contextvars.copy_context().run(in_copy))
show("after copy", lambda: Decimal("1.25") * Decimal("3"))
print(getcontext())
