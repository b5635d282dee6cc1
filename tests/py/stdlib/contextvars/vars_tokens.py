# ContextVar get/set/reset with Tokens, defaults and LookupError
import contextvars
import re
from contextvars import ContextVar, Token


def clean(text):
    return re.sub(r"0x[0-9a-f]+", "0xADDR", str(text))


v = ContextVar("v")
w = ContextVar("w", default=3)
print(clean(repr(v)), clean(repr(w)), v.name, w.name, repr(Token.MISSING), type(Token.MISSING).__name__)
try:
    v.get()
except LookupError as e:
    print(type(e).__name__, clean(e), len(e.args), e.args[0] is v)
print(v.get(None), v.get(7), w.get(), w.get(9))
t1 = v.set(1)
print(v.get(), v.get(5), t1.var is v, t1.old_value is Token.MISSING, clean(repr(t1)))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get(), clean(repr(t2)))
v.reset(t1)
print(v.get("gone"))
tw = w.set(10)
w.reset(tw)
print(w.get())


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, clean(e))


attempt("reuse", lambda: v.reset(t1))
attempt("non-token", lambda: v.reset(1))
attempt("other var", lambda: w.reset(v.set(4)))
print(v.get())
ctx = contextvars.copy_context()
t5 = v.set(5)
attempt("other context", lambda: ctx.run(v.reset, t5))
attempt("no name", lambda: ContextVar())
attempt("bad name", lambda: ContextVar(1))
attempt("two positional", lambda: ContextVar("a", 1))
attempt("token()", lambda: Token())
attempt("set()", lambda: v.set())
attempt("get(1, 2)", lambda: v.get(1, 2))
attempt("name readonly", lambda: setattr(v, "name", "x"))
attempt("var readonly", lambda: setattr(t5, "var", "x"))
attempt("hash", lambda: hash(v) == hash(v))
attempt("generic", lambda: ContextVar[int])
attempt("kw name", lambda: ContextVar(name="k", default=None).get())
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print("subclass", e)
print(ContextVar.__name__, ContextVar.__module__, Token.__module__, sorted(contextvars.__all__))
