# Which objects the collector tracks.
import gc


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


def f():
    pass


for label, obj in [
    ("int", 5),
    ("str", "text"),
    ("float", 1.5),
    ("bytes", b"b"),
    ("None", None),
    ("list", []),
    ("set", set()),
    ("frozenset", frozenset()),
    ("instance", Plain()),
    ("slotted instance", Slotted()),
    ("class", Plain),
    ("builtin class", int),
    ("function", f),
    ("lambda", lambda: 0),
    ("builtin function", len),
    ("range", range(3)),
]:
    print(label, gc.is_tracked(obj))
