# `from __future__ import annotations` with get_type_hints: every annotation is a string
from __future__ import annotations

import typing
from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class Tree(Generic[T]):
    value: T
    left: Optional[Tree[T]] = None
    right: Tree[T] | None = None

    def insert(self, v: T) -> Tree[T]:
        return self


def f(a: int, b: list[str] | None = None, *c: tuple[int, ...], **d: dict[str, Tree[int]]) -> None:
    pass


print(Tree.__annotations__)
print(typing.get_type_hints(Tree))
print(f.__annotations__)
print(typing.get_type_hints(f))
print(typing.get_type_hints(Tree.insert))


class Local:
    inner: Inner


class Inner:
    pass


print(typing.get_type_hints(Local))
