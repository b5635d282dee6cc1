# kw_only=True, KW_ONLY sentinel and keyword-only fields
from dataclasses import KW_ONLY, dataclass, field


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options(level=1, verbose=True))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


print(Mixed(5), Mixed(5, c=9), Mixed.__match_args__)


@dataclass
class Late:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = 3


print(Late(b=1), Late(7, 8, b=2))


@dataclass
class Sub(Mixed):
    d: int = 4


print(Sub(1, 2), Sub(1, d=5, b=0))
