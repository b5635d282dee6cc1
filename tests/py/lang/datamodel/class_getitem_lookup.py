# Subscripting a class: __class_getitem__ is looked up as an attribute of the class (a metaclass's
# counts, a property of the metaclass too); None, or none at all, means "not subscriptable".
class H:
    __class_getitem__ = None


class Meta(type):
    def __class_getitem__(cls, item):
        return ("meta", cls.__name__, item)


class M(metaclass=Meta):
    pass


class Own:
    def __class_getitem__(cls, item):
        return ("own", cls.__name__, item)


class Sub(Own):
    pass


class Static:
    @staticmethod
    def __class_getitem__(item):
        return ("static", item)


class Raising:
    @classmethod
    def __class_getitem__(cls, item):
        raise KeyError(item)


for expr in ["H[int]", "M[int]", "Own[int]", "Sub[str]", "Static[1]", "Raising[2]", "int[str]",
             "type[int]", "list[int]", "dict[str, int]", "object[int]"]:
    try:
        print(expr, eval(expr))
    except (TypeError, KeyError) as e:
        print(expr, type(e).__name__, e)
