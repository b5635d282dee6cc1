print(type[int], type[int] == type[int], type[int].__origin__, type[int].__args__, type["X"], type[int | str])
x: type[int] = int
def f(c: type[list[int]]) -> type: return c
print(f.__annotations__)
for bad in (lambda: int[str], lambda: object[int], lambda: bool[1]):
    try: bad()
    except TypeError as e: print(e)
class Meta(type): pass
try: Meta[int]
except TypeError as e: print(e)
import typing
print(typing.get_origin(type[int]), typing.get_args(type[int]), isinstance(type[int], type), type[int](3))
