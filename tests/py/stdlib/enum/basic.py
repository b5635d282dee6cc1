# Enum basics: members, aliases, lookup by value and name, iteration, reprs
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color(1), Color["GREEN"], list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.__members__, list(Color.__members__))
print(repr(Color), Color.RED.name, Color.RED.value, f"{Color.RED}", format(Color.RED, ">12"))
print(Color.RED == 1, Color.RED is Color(Color.RED), isinstance(Color.RED, Color), type(Color.RED))
print(list(reversed(Color)), Color.GREEN in Color, bool(Color), bool(Color.RED))
print(Color._member_names_, Color._value2member_map_, Color.RED._sort_order_, Color.BLUE._sort_order_)
print(sorted(Color.__members__.items(), key=lambda kv: kv[1].value))
print(Color.RED.__reduce_ex__(4), Color.__name__, Color.__qualname__, Color.__module__)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
