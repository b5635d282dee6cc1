# typing's special forms and the aliases CPython marks _NotIterable (__iter__ = None) are not
# iterable and not collections.abc.Iterable: iter(Union) raised TypeError in python3 where the
# __getitem__ fallback indexed it forever. Also: issubclass(42, Any) and type() over a base with
# __mro_entries__ raise CPython's TypeErrors.
import collections.abc
from typing import Annotated, Any, Callable, List, Tuple, TypeVar, Union

T = TypeVar("T")
for t in (Any, Union, Union[str, int], Union[str, T], List, Tuple, Callable, Callable[..., T],
          Callable[[T], str], Annotated, Annotated[T, ""]):
    for f in (iter, list):
        try:
            f(t)
            print(t, f.__name__, "ok")
        except TypeError as e:
            print(t, f.__name__, "TypeError:", e)
    try:
        for _ in t:
            pass
    except TypeError as e:
        print("for:", e)
    print(isinstance(t, collections.abc.Iterable))
print(list(List[int]) == list(iter(List[int])), len(list(Tuple[int, str])))
for bad in (lambda: issubclass(42, Any), lambda: Any[int], lambda: type("X", (Union,), {}),
            lambda: type("Y", (Union[int, str],), {}), lambda: type("Z", (List[int],), {})):
    try:
        bad()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
