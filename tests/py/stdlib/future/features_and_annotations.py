# __future__ feature records, and `from __future__ import annotations` turning annotations into strings
from __future__ import annotations
import __future__ as f
print(f.all_feature_names)
for n in f.all_feature_names:
    x = getattr(f, n)
    print(n, x.getOptionalRelease(), x.getMandatoryRelease(), hex(x.compiler_flag), repr(x))
print(f.__all__, f.annotations.optional, f.annotations.mandatory)


def g(a: int, *b: list[str], c: "X" = 1, **d: dict) -> None | int:
    x: int = 3
    return x


class K:
    a: int
    b: K | None = None
    c: list[K]


print(g.__annotations__, K.__annotations__)
print(compile("x: int", "m", "exec", f.annotations.compiler_flag).co_flags & f.CO_FUTURE_ANNOTATIONS)
ns = {}
exec(compile("y: list[int] = 1", "m", "exec", f.CO_FUTURE_ANNOTATIONS), ns)
print(ns["__annotations__"])
