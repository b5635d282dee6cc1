# dir(), __members__, copy and hashing of members
import copy
from enum import Enum, IntEnum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2

    def shade(self):
        return "dark"


print(dir(Color))
print(dir(Color.RED))
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
print({Color.RED: "r"}[Color.RED], len({Color.RED, Color.RED, Color.GREEN}))
print(Color.__members__["GREEN"], type(Color.__members__).__name__)
print(Color.RED.__class__.__mro__, IntEnum.__mro__)
print(type(Color).__name__, type(Color) is type(Flag), Color.RED.__objclass__ is Color)
