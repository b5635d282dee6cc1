# errors when defining or modifying enums
from enum import Enum


class Color(Enum):
    RED = 1


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


def extend():
    class More(Color):
        BLUE = 2


def sunder():
    class Bad(Enum):
        _x_ = 1


def dup():
    class Bad(Enum):
        A = 1
        A = 2


def mro_name():
    class Bad(Enum):
        mro = 1


def order_mismatch():
    class Bad(Enum):
        _order_ = "B A"
        A = 1
        B = 2


def reassign():
    Color.RED = 5


def delete():
    del Color.RED


def set_value():
    Color.RED.value = 3


attempt("extend", extend)
attempt("sunder", sunder)
attempt("dup", dup)
attempt("mro", mro_name)
attempt("order", order_mismatch)
attempt("reassign", reassign)
attempt("delete", delete)
attempt("set_value", set_value)
attempt("call no members", lambda: Enum(1))
