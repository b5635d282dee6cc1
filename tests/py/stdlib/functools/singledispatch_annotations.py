# register() reading annotations: string annotations, unions, None, errors; registry order;
# the dispatch cache and ABC registration after the fact.
import collections.abc as cabc
import functools


@functools.singledispatch
def show(x):
    return f"object:{x!r}"


@show.register
def _(x: "int | float"):
    return f"number:{x}"


@show.register
def _(x: "None"):
    return "none"


@show.register
def _(x: "list[int]" if False else list, y: int = 0):
    return f"list of {len(x)}"


print(show(3), show(2.5), show(None), show([1, 2]), show("s"), show(True))
print([t.__name__ for t in show.registry])


def bad_union(x: int | list[int]):
    return x


for attempt in (
    lambda: show.register(bad_union),
    lambda: show.register(int | "str"),
):
    try:
        attempt()
    except TypeError as e:
        print("TypeError", str(e).split(" at 0x")[0].replace(str(bad_union).split(" at ")[0], "<fn>"))


def listed(x: list[int]):
    return x


try:
    show.register(listed)
except TypeError as e:
    print("TypeError", str(e))


class Box:
    pass


print(show(Box()).split(" object at")[0])
cabc.Sized.register(Box)


@show.register
def _(x: "cabc.Sized"):
    return "sized"


print(show(Box()), show.dispatch(Box).__name__, show.dispatch(dict)("d"))


class Late:
    def __len__(self):
        return 0


print(show(Late()))
