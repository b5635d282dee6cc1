# A builtin type's __dict__ holds its docstring before anything asked for T.__doc__, and its
# METH_STATIC methods (str/bytes/bytearray.maketrans) as staticmethod objects.
import types

for t in (object, staticmethod, classmethod, super, types.CodeType, types.CellType,
          types.ModuleType, types.SimpleNamespace, types.TracebackType):
    d = vars(t)
    print(t.__name__, "__doc__" in d, type(d["__doc__"]).__name__, d["__doc__"] == t.__doc__)
print(object.__dict__["__doc__"])
print(type.__dict__["__doc__"].__class__.__name__, type(type.__doc__).__name__)

for t in (str, bytes, bytearray):
    sm = vars(t)["maketrans"]
    print(t.__name__, type(sm).__name__, type(sm.__func__).__name__, sm.__func__.__self__ is t)
    print(sm.__func__.__name__, sm.__func__.__qualname__, t.maketrans.__qualname__)
print(str.maketrans("ab", "xy", "c"), "q".maketrans({"a": None}))
print(bytes.maketrans(b"ab", b"xy")[97:99], bytearray.maketrans(b"a", b"b")[97])
print("hello".translate(str.maketrans("lo", "01", "h")), b"abc".translate(bytes.maketrans(b"a", b"z")))
print(isinstance(vars(str)["maketrans"], staticmethod), callable(vars(str)["maketrans"]))
print(vars(str)["maketrans"]("a", "b"))
print(type(vars(dict)["fromkeys"]).__name__, type(vars(int)["from_bytes"]).__name__)
import functools
print(functools.cached_property.__doc__, vars(functools.cached_property)["__doc__"])
