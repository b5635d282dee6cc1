# Exception fields set by __init__ past BaseException's (StopIteration.value, SystemExit.code,
# ImportError.name/path/msg, AttributeError.name/obj, NameError.name, OSError's errno/strerror/
# filename, SyntaxError's details, UnicodeError's parts) for the builtin types, subclasses of
# them, subclasses with __slots__ (a larger layout of their own), and plain exceptions (none),
# with keyword arguments accepted or refused as python3 does.
class MyValueError(ValueError):
    pass


class Slotted(Exception):
    __slots__ = ("extra",)


class SlottedStop(StopIteration):
    __slots__ = ("extra",)


class MyImport(ImportError):
    pass


cases = [
    lambda: StopIteration(1, 2), lambda: SlottedStop(7), lambda: SystemExit(), lambda: SystemExit(3),
    lambda: SystemExit(1, 2), lambda: ImportError("m", name="n", path="p"), lambda: MyImport("x", name="y"),
    lambda: ModuleNotFoundError("mod"), lambda: AttributeError("a", name="nm", obj=5), lambda: NameError("q", name="z"),
    lambda: UnboundLocalError("u"), lambda: OSError(2, "missing", "f.txt", None, "g.txt"),
    lambda: FileNotFoundError(2, "gone"), lambda: SyntaxError("bad", ("f.py", 1, 2, "x = (", 1, 3)),
    lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid"), lambda: UnicodeEncodeError("ascii", "\xe9", 0, 1, "no"),
    lambda: UnicodeTranslateError("\xe9", 0, 1, "tr"), lambda: ValueError(1), lambda: MyValueError("v"),
    lambda: Slotted("s"), lambda: KeyError("k"), lambda: Exception(), lambda: RuntimeError("r", 2),
]
fields = ["value", "code", "msg", "name", "path", "obj", "errno", "strerror", "filename", "filename2",
          "lineno", "offset", "text", "encoding", "object", "start", "end", "reason"]
for make in cases:
    e = make()
    print(type(e).__name__, e.args, [(f, getattr(e, f)) for f in fields if hasattr(e, f)])
for make in [lambda: ValueError("x", name="n"), lambda: MyValueError(obj=1), lambda: Slotted(a=1),
             lambda: AttributeError("x", path="p"), lambda: ImportError("x", obj=2), lambda: NameError(obj=3),
             lambda: KeyError(k=1)]:
    try:
        make()
    except TypeError as err:
        print("TypeError", err)
try:
    raise MyImport("boom", name="pkg")
except ImportError as err:
    print(repr(err), err.name, err.msg)
