# ClassVar annotations and string annotations are not fields
from dataclasses import dataclass, fields
from typing import ClassVar
import dataclasses
import typing


@dataclass
class Counted:
    total: ClassVar[int] = 0
    name: str
    alias: "ClassVar[str]" = "n"
    other: "typing.ClassVar[int]" = 5
    iv: "dataclasses.InitVar[int]" = 0

    def __post_init__(self, iv):
        Counted.total += 1 + iv


Counted("a")
Counted("b", 2)
print(Counted.total, [f.name for f in fields(Counted)], Counted("c"))
print(Counted.__dataclass_fields__["alias"]._field_type, Counted.__dataclass_fields__["iv"]._field_type)
