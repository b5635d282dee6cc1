# definition-time errors raised by @dataclass
from dataclasses import KW_ONLY, dataclass, field


def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def order_defaults():
    @dataclass
    class C:
        x: int = 0
        y: int


def mutable_list():
    @dataclass
    class C:
        x: list = []


def mutable_dict():
    @dataclass
    class C:
        x: dict = {}


def mutable_set():
    @dataclass
    class C:
        x: set = set()


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def field_without_annotation():
    @dataclass
    class C:
        x = field(default=1)


def two_kw_only():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int


def frozen_from_plain():
    @dataclass
    class B:
        x: int

    @dataclass(frozen=True)
    class C(B):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class B:
        x: int

    @dataclass
    class C(B):
        y: int


def overwrite_lt():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def overwrite_hash():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


def weakref_slot_no_slots():
    @dataclass(weakref_slot=True)
    class C:
        x: int


attempt("order_defaults", order_defaults)
attempt("mutable_list", mutable_list)
attempt("mutable_dict", mutable_dict)
attempt("mutable_set", mutable_set)
attempt("order_without_eq", order_without_eq)
attempt("field_without_annotation", field_without_annotation)
attempt("two_kw_only", two_kw_only)
attempt("frozen_from_plain", frozen_from_plain)
attempt("plain_from_frozen", plain_from_frozen)
attempt("overwrite_lt", overwrite_lt)
attempt("overwrite_hash", overwrite_hash)
attempt("weakref_slot_no_slots", weakref_slot_no_slots)
