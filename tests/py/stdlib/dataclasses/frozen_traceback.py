# an uncaught FrozenInstanceError: the generated __setattr__ frame is "<string>", line 4, as in CPython
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class P:
    x: int


P(1).x = 2
