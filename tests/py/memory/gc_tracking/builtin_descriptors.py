# Descriptors are tracked by the collector from their creation, those of builtin types too.
import gc


class C:
    __slots__ = ("x",)

    @property
    def p(self):
        return 1


for o in [
    str.join,
    object.__init__,
    list.append,
    int.real,
    complex.real,
    int.__dict__["from_bytes"],
    type.__dict__["__dict__"],
    object.__dict__["__class__"],
    C.x,
    C.p,
    len,
    [].append,
    (1).__add__,
]:
    print(type(o).__name__, gc.is_tracked(o))
