# __hash__ rules: eq/frozen/unsafe_hash combinations
from dataclasses import dataclass, field


@dataclass
class Plain:
    x: int


@dataclass(frozen=True)
class Frozen:
    x: int
    y: list = field(default=(), compare=False)


@dataclass(eq=False)
class NoEq:
    x: int


@dataclass(unsafe_hash=True)
class Unsafe:
    x: int
    y: int = field(default=0, hash=False)


@dataclass
class Explicit:
    x: int

    def __hash__(self):
        return 42


print(Plain.__hash__, NoEq.__hash__ is object.__hash__, Explicit(1).__hash__())
print(hash(Frozen(1)) == hash(Frozen(1, [1])), hash(Unsafe(1, 2)) == hash(Unsafe(1, 3)))
print(len({Frozen(1), Frozen(1), Frozen(2)}), len({Unsafe(1), Unsafe(1, 5)}))
try:
    hash(Plain(1))
except TypeError as e:
    print("TypeError", e)
