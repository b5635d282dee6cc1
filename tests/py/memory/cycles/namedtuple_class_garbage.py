# A namedtuple class is a cycle (the class, its __mro__, its methods' globals...) that only the
# collector frees: gc.collect() after `del` counts CPython's objects, the methods' closures
# included (_make, _replace, _asdict and __getnewargs__ reach builtins through cells).
import gc
from collections import namedtuple
from typing import NamedTuple

gc.collect()
Point = namedtuple("Point", "x y")
del Point
print("namedtuple", gc.collect())

Row = namedtuple("Row", ["id", "name", "score"], defaults=[0])
r = Row(1, "ann")
print(r, r._replace(score=3), r._asdict(), Row._make([2, "bob", 5]), r.__getnewargs__())
del Row, r
print("with defaults", gc.collect())


class Employee(NamedTuple):
    name: str
    dept: str = "ops"


e = Employee("kim")
print(e, e._replace(dept="dev"))
del Employee, e
print("typing.NamedTuple", gc.collect())

gc.set_debug(gc.DEBUG_SAVEALL)
Pair = namedtuple("Pair", "a b")
del Pair
gc.collect()
gc.set_debug(0)
kinds = {}
for o in gc.garbage:
    kinds[type(o).__name__] = kinds.get(type(o).__name__, 0) + 1
gc.garbage.clear()
print(sorted(kinds.items()))
try:
    namedtuple("T", "a")(1)._replace(b=2)
except ValueError as exc:
    print(exc)
