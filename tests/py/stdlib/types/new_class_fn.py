# types.new_class, prepare_class, resolve_bases
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


C = types.new_class("C", (list[int],), {}, lambda ns: ns.update(x=1))
print(C.__name__, C.__orig_bases__, C.x, C.__mro__[1:])
D = types.new_class("D", (), {"metaclass": Meta, "flag": 1})
print(type(D).__name__, D.injected)
print(types.prepare_class("X", (int,)), types.resolve_bases((list[int], int)), types.resolve_bases((int,)))
try:
    types.resolve_bases((type("B", (), {"__mro_entries__": lambda self, b: 1})(),))
except TypeError as e:
    print("TypeError", e)
