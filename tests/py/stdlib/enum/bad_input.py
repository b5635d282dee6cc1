# bad arguments to the enum and dataclasses APIs raise the same Python errors as CPython
import dataclasses, enum
def t(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)
t("enum int names", lambda: enum.Enum("X", 5))
t("enum bad tuple", lambda: enum.Enum("X", [("a",)]))
t("enum dup", lambda: enum.Enum("X", [("a", 1), ("a", 2)]))
t("dc int", lambda: dataclasses.dataclass(5))
t("md int", lambda: dataclasses.make_dataclass("X", 5))
t("fields None", lambda: dataclasses.fields(None))
t("flag str", lambda: enum.Flag("F", "A B")("A"))
t("intflag float", lambda: enum.IntFlag("F", "A B")(1.5))
t("getitem int", lambda: enum.Enum("Y", "a b")[0])
t("contains str", lambda: "a" in enum.Enum("Z", "a b"))
t("call kw", lambda: enum.Enum("W", "a")(value=1))
t("enum names None", lambda: enum.Enum("V", None))
class E(enum.Enum):
    A = 1
t("E setattr new", lambda: setattr(E, "B", 2) or E.B)
t("E members", lambda: (list(E), E.__members__))
t("auto outside", lambda: enum.auto().value)
t("unique non-enum", lambda: enum.unique(int))
