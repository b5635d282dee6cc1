# dataclasses (in the spirit of pyperformance's dataclasses benchmarks): define dataclasses with
# defaults, default_factory, frozen, order and slots, then create many instances, compare, sort,
# hash, replace, asdict/astuple and fields().
import dataclasses
import hashlib
import sys
from dataclasses import asdict, astuple, dataclass, field, fields, replace

# tests/py/bench_like/dataclasses_bench.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 15000


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    tag: str = field(default="", compare=False)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    owner: Point = field(default_factory=lambda: Point(0, 0))

    def add(self, item, n=1):
        self.items.append(item)
        self.counts[item] = self.counts.get(item, 0) + n


@dataclass(slots=True)
class Slotted:
    a: float
    b: float = 1.5

    def total(self):
        return self.a + self.b


@dataclass(eq=True, unsafe_hash=True)
class Key:
    k: str
    n: int


def main():
    h = hashlib.sha1()
    pts = [Point(i % 17 - 8, i % 11) for i in range(SCALE)]
    eqs = sum(1 for a, b in zip(pts, pts[1:]) if a == b)
    h.update(repr(pts[:3]).encode())
    vers = [Version(i % 3, i % 7, i % 5, tag=str(i)) for i in range(SCALE)]
    vers.sort()
    uniq = len(set(vers))
    h.update(repr((vers[0], vers[-1], uniq)).encode())
    inv = Inventory("main")
    for i in range(SCALE):
        inv.add(f"item{i % 50}", i % 3)
    d = asdict(inv)
    h.update(repr(sorted(d["counts"].items())[:5]).encode())
    h.update(repr(astuple(Point(3, 4))).encode())
    s = sum(Slotted(i * 0.5).total() for i in range(SCALE))
    keys = {Key(str(i % 100), i % 3): i for i in range(SCALE)}
    bumped = [replace(v, patch=v.patch + 1) for v in vers[:: max(1, SCALE // 200)]]
    h.update(repr(bumped[-1]).encode())
    names = [f.name for f in fields(Inventory)]
    try:
        vers[0].major = 5
    except dataclasses.FrozenInstanceError as e:
        h.update(type(e).__name__.encode())
    print(eqs, uniq, len(keys), round(s, 3), names, sum(p.norm1() for p in pts))
    print(Version(1, 2) < Version(1, 3), Version(2) == Version(2, tag="x"), Slotted(1.0))
    print(h.hexdigest())


main()
