# Only some types can be weakly referenced.
import weakref


class WithSlots:
    __slots__ = ("x",)


class WithWeakSlot:
    __slots__ = ("x", "__weakref__")


class Plain:
    pass


def f():
    pass


for obj in [1, "s", 1.5, (1,), [1], {}, None, True, b"x", object(), WithSlots(), WithWeakSlot(), Plain(), f, Plain, {1}, frozenset(), len, ValueError()]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "->", e)
print("weakref to weakref:")
try:
    weakref.ref(weakref.ref(Plain))
except TypeError as e:
    print(e)
print("__weakref__ attribute:", Plain().__weakref__)
p = Plain()
r = weakref.ref(p)
print("__weakref__ is the ref:", p.__weakref__ is r)
