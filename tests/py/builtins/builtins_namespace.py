def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import builtins
names = [n for n in dir(builtins) if not n.startswith("_")]
print(len(names) > 100, "print" in names, "len" in names, "ValueError" in names, "ExceptionGroup" in names)
print(builtins.True_ if hasattr(builtins, "True_") else "no True_", builtins.None is None, builtins.Ellipsis is ..., builtins.NotImplemented)
print(__debug__, type(__builtins__).__name__)
print(builtins.len is len, builtins.__name__)
print(type(print).__name__, repr(len), len.__name__, print.__qualname__)
print(EnvironmentError is OSError, IOError is OSError)
builtins.my_global_thing = 42
print(my_global_thing)
for t in ["int", "str", "list", "dict", "tuple", "set", "frozenset", "bytes", "bytearray", "float", "complex", "bool", "object", "type", "range", "slice", "enumerate", "zip", "map", "filter", "reversed", "super", "property", "classmethod", "staticmethod", "memoryview"]:
    assert isinstance(getattr(builtins, t), type), t
print("types ok")
