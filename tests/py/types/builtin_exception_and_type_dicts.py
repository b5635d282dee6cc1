# What a teaching notebook prints when it explores the builtin types' own namespaces:
# which dunders each exception class and core type defines itself, and their docstrings.
import builtins

exceptions = [t for n, t in sorted(vars(builtins).items())
              if isinstance(t, type) and issubclass(t, BaseException) and t.__name__ == n]
for t in exceptions:
    own = [k for k in ("__init__", "__new__", "__str__", "__repr__", "__getattribute__",
                       "__setattr__", "__delattr__") if k in vars(t)]
    print(f"{t.__name__:26} {' '.join(own):40} {t.__doc__!r}")

print(ValueError.__init__)
print(KeyError.__str__)
print(FileNotFoundError.__init__)
print(OSError.__new__ is FileNotFoundError.__new__)
print(BaseException.__getattribute__, BaseException.__setattr__)
print(ValueError("x").__doc__)

class AppError(ValueError):
    """Raised by the app."""
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

e = AppError(7)
print(e, e.args, e.code, AppError.__doc__, "__init__" in vars(AppError))
print(ValueError.__init__ is Exception.__init__, ValueError.__init__ == ValueError.__init__)
try:
    ValueError.__init__(KeyError("k"), 1)
except TypeError as err:
    print("TypeError:", err)
try:
    Exception.__new__(FileNotFoundError)
except TypeError as err:
    print("TypeError:", err)

for t in (int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, enumerate, zip, map, filter, reversed, object, type, bool):
    names = [k for k in ("__getattribute__", "__setattr__", "__init__", "__new__", "__hash__")
             if k in vars(t)]
    print(t.__name__, names)
print(int.__getattribute__)
