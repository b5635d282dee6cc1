# Union and Optional: flattening, deduplication, equality with X | Y
from typing import Optional, Union

print(Union[int, Union[str, float]], Union[int, str] == Union[str, int], Union[int, str] == (int | str))
print(Optional[int] == Union[int, None], (int | None) == Optional[int], Union[int, None] == (None | int))
print(Optional[Union[int, str]], Union[None, int], hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str].__args__, Union[int, str].__origin__, Optional[int].__args__)
print(int | str, int | None, None | str, int | str | float, (int | str) | list[int], int | int)
print(type(int | str), (int | str).__args__, Union[int | str, bytes], isinstance(1, int | str))
print(issubclass(bool, int | str), isinstance("x", Union[int, str]), isinstance(3.0, Optional[int]))
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
try:
    int | 3
except TypeError as e:
    print("TypeError", e)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
print(list[int] | None, Union[list[int], None])
