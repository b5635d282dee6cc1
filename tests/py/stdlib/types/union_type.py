# types.UnionType from the | operator on types
import types

u = int | str
print(u, type(u), u.__args__, u == (str | int), hash(u) == hash(str | int), u | None, None | u)
print(int | int, (int | str) | float, int | list[int], isinstance(1, u), isinstance(None, int | None))
print(issubclass(bool, u), issubclass(float, u), u.__parameters__, type(u) is types.UnionType)
try:
    int | "str"
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, int | list[int]) and isinstance("x", int | list[int])
except TypeError as e:
    print("TypeError", e)
