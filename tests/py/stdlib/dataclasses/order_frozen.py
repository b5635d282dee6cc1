# order=True comparisons and frozen instances
from dataclasses import FrozenInstanceError, dataclass


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = ""


vs = [Version(1, 2), Version(1), Version(0, 9, "beta"), Version(1, 2, "a")]
print(sorted(vs))
print(Version(1) < Version(2), Version(1, 1) <= Version(1, 1), Version(3) > Version(2, 9), Version(1) >= Version(1))
print(Version(1) == Version(1), hash(Version(1, 2)) == hash(Version(1, 2)), {Version(1), Version(1)})
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del Version(1).minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Version(1).other = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(Version(1).__lt__(3), Version(1) == (1, 0, ""))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError", e)
