# the class docstring is the __init__ signature
from dataclasses import InitVar, dataclass, field
from typing import List, Optional


class Thing:
    pass


@dataclass
class D:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)
    d: Optional[int] = None
    e: List[int] = field(default_factory=list)
    f: "str" = ""
    g: Thing = None
    h: InitVar[int] = 0
    i: dict[str, int] = field(default_factory=dict)


print(D.__doc__)


@dataclass
class Documented:
    """Own docstring."""
    x: int


print(Documented.__doc__)


@dataclass(init=False)
class NoInit:
    x: int = 0


print(NoInit.__doc__)
