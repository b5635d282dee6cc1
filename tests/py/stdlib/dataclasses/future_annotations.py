from __future__ import annotations
# postponed annotations: every annotation is a string; ClassVar/InitVar/KW_ONLY still recognised
import dataclasses
import typing
from dataclasses import InitVar, KW_ONLY, dataclass, field, fields
from typing import ClassVar


@dataclass
class Config:
    registry: ClassVar[dict] = {}
    name: str
    retries: int = 3
    secret: InitVar[str | None] = None
    _: KW_ONLY
    verbose: bool = False
    tags: list[str] = field(default_factory=list)
    count: typing.ClassVar[int] = 0

    def __post_init__(self, secret):
        Config.count += 1
        self.registry[self.name] = secret is not None


c = Config("svc", 5, "s3cr3t", verbose=True)
print(c, Config.registry, Config.count)
print([(f.name, f.type, f.kw_only) for f in fields(Config)])
print({k: v._field_type for k, v in Config.__dataclass_fields__.items()})
print(Config.__doc__)
print(Config.__init__.__annotations__)
print(Config.__match_args__)


@dataclass
class Pair:
    left: Pair | None = None
    right: "Pair | None" = None


print(Pair(Pair()), Pair.__doc__, dataclasses.fields(Pair)[0].type)
