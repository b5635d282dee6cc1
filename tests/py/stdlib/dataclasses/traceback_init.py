# a traceback through the generated __init__ shows the "<string>" frame as CPython does
from dataclasses import dataclass, field


def make():
    raise KeyError("no default")


@dataclass
class Lazy:
    a: int
    b: int = 2
    c: list = field(default_factory=make)

    def __post_init__(self):
        print("never")


Lazy(1)
