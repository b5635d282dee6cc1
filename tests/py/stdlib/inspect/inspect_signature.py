# inspect.signature / Signature / Parameter / BoundArguments: str() formatting, kinds, bind, errors
import functools
import inspect
from typing import List, Optional


def f(a, b: int, c=3, *args, d, e: str = "x", **kw) -> bool:
    pass


def g(x, y=1, /, z=2, *, w):
    pass


def h():
    pass


def annotated(p: List[int], q: Optional[str] = None, r: "fwd" = 1, s: list[int] = []) -> dict[str, int]:
    pass


class C:
    def __init__(self, size, *, color="red"):
        pass

    def method(self, a, b=2):
        pass

    @classmethod
    def cm(cls, x):
        pass

    @staticmethod
    def sm(y, z=0):
        pass

    def __call__(self, q):
        pass


class NoInit:
    pass


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(m, n=5):
    pass


for obj in [f, g, h, annotated, C, C.method, C(1).method, C.cm, C.sm, C(1), NoInit, wrapped,
            functools.partial(f, 1, d=4), functools.partial(g, 1), lambda x, *, y=2: 0]:
    sig = inspect.signature(obj)
    print(sig, repr(sig))
print(inspect.signature(wrapped, follow_wrapped=False))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, repr(p), p.kind, p.kind.description, int(p.kind), p.default is p.empty, p.annotation, str(p.kind))
print(sig.return_annotation, list(sig.parameters), type(sig.parameters).__name__)
print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.VAR_KEYWORD)
b = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(b, b.args, b.kwargs, b.arguments)
b = sig.bind(1, 2, d=6)
print(b)
b.apply_defaults()
print(b, b.args, b.kwargs)
bp = sig.bind_partial(1)
print(bp, bp.args)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2), {"a": 3, "d": 1}), ((1, 2), {"d": 1, "zz": 2})]:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
gs = inspect.signature(g)
for args, kwargs in [((1,), {"w": 2}), ((), {"x": 1, "w": 2}), ((1, 2, 3, 4), {"w": 0}), ((1,), {})]:
    try:
        print(gs.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
P = inspect.Parameter
custom = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=2),
                            P("c", P.KEYWORD_ONLY, annotation=int)], return_annotation=str)
print(custom, custom.replace(return_annotation=inspect.Signature.empty), custom == inspect.signature(lambda a, /, b=2, *, c: 0))
for bad in [lambda: P("1x", P.POSITIONAL_ONLY), lambda: P("a", P.VAR_POSITIONAL, default=1), lambda: P("a", 42),
            lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]),
            lambda: inspect.signature(42), lambda: P(3, P.POSITIONAL_ONLY)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(P("x", P.KEYWORD_ONLY).replace(name="y", default=None))


def fn_with_sig():
    pass


fn_with_sig.__signature__ = custom
print(inspect.signature(fn_with_sig))
spec = inspect.getfullargspec(f)
print(spec)
print(inspect.getfullargspec(g))
print(inspect.getcallargs(f, 1, 2, d=3))
print(inspect.signature(annotated, eval_str=False).parameters["r"].annotation)
print(inspect.getcallargs(g, 1, w=2), list(inspect.getcallargs(C(1).method, 5).items())[1:], inspect.getfullargspec(C(1).method).args)
for args, kw in [((), {}), ((1, 2, 3, 4, 5), {"d": 1}), ((1,), {"zz": 1}), ((1,), {"a": 2})]:
    try:
        inspect.getcallargs(g, *args, **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.getcallargs(f)
except TypeError as e:
    print("TypeError", e)
