import dataclasses
import pprint


@dataclasses.dataclass
class Point:
    x: int
    y: int


@dataclasses.dataclass
class Shape:
    name: str
    points: list
    hidden: int = dataclasses.field(default=0, repr=False)
    meta: dict = dataclasses.field(default_factory=dict)


s = Shape("polygon", [Point(i, i * i) for i in range(6)], 5, {"color": "red", "tags": ["a", "b"]})
pprint.pprint(s)
pprint.pprint(s, width=40)
pprint.pprint([Point(1, 2)], width=5)


@dataclasses.dataclass(repr=False)
class NoRepr:
    values: list


pprint.pprint(NoRepr(list(range(30))), width=20) if False else print("skipped")


@dataclasses.dataclass
class Custom:
    values: list

    def __repr__(self):
        return "Custom(...)"


pprint.pprint(Custom(list(range(30))), width=10)
