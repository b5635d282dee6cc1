# os.environ, getenv/putenv, fspath/PathLike, constants, process facts
import os

print(os.name, os.sep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.pathsep, os.extsep,
      os.altsep, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.error is OSError, os.path.__name__, type(os.environ).__name__)
print(os.environ["HOME"] == os.getenv("HOME"), os.getenv("HS_NOT_SET"), os.getenv("HS_NOT_SET", "dflt"))
os.environ["HS_VAR"] = "value"
print(os.environ["HS_VAR"], "HS_VAR" in os.environ, os.environ.get("HS_VAR"), os.getenv("HS_VAR"))
print(os.environ.setdefault("HS_VAR", "other"), os.environ.setdefault("HS_VAR2", "v2"))
print(os.environ.pop("HS_VAR2"), "HS_VAR2" in os.environ)
del os.environ["HS_VAR"]
print("HS_VAR" in os.environ, os.environ.get("HS_VAR", "gone"))
try:
    os.environ["HS_NOT_SET"]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ["HS_NOT_SET"]
except KeyError as e:
    print("KeyError", e)
for k, v in [("HS_A", 1), (1, "x")]:
    try:
        os.environ[k] = v
    except TypeError as e:
        print("TypeError:", e)
print(type(os.environ.copy()).__name__, len(os.environ) == len(os.environ.copy()),
      sorted(os.environ)[:0], isinstance(dict(os.environ), dict))
print(len(os.urandom(0)), len(os.urandom(33)), type(os.urandom(4)).__name__)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(os.fspath("s"), os.fspath(b"b"))


class P:
    def __fspath__(self):
        return "pp"


class Bad:
    def __fspath__(self):
        return 3


print(os.fspath(P()), isinstance(P(), os.PathLike), isinstance("x", os.PathLike), issubclass(P, os.PathLike))
for v in [1, None, Bad()]:
    try:
        os.fspath(v)
    except TypeError as e:
        print("TypeError:", e)
print(os.path.exists(P()), os.path.join(P(), "q"), os.PathLike[str])
print(os.strerror(2), os.strerror(13), os.strerror(17))
print(repr(os.stat_result(range(10))))
print(os.stat_result(range(10)).st_mtime, os.stat_result(range(13)).st_atime)
try:
    os.stat_result(range(3))
except TypeError as e:
    print("TypeError:", e)
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("~/a") == os.environ["HOME"] + "/a",
      os.path.expanduser("x~"), os.path.expandvars("$HOME") == os.environ["HOME"])
print(os.path.abspath("a/../b") == os.path.join(os.getcwd(), "b"), os.path.realpath(".") == os.path.realpath(os.getcwd()))
print(os.sep.join(["", "a", "b"]))
try:
    os.no_such_function
except AttributeError as e:
    print("AttributeError:", e)
merged = os.environ | {"HS_MERGED": "1"}
print(type(merged).__name__, merged["HS_MERGED"], "HS_MERGED" in os.environ)
print(sorted(({"HS_LEFT": "x"} | os.environ).keys())[:0], type({"a": "b"} | os.environ).__name__)
env = os.environ
env |= {"HS_INPLACE": "2"}
print(env is os.environ, os.environ["HS_INPLACE"], os.getenv("HS_INPLACE"))
try:
    os.environ | 5
except TypeError as e:
    print("TypeError:", e)
import collections.abc
print(isinstance(os.environ, collections.abc.MutableMapping), isinstance(os.environ, collections.abc.Mapping))
previous = os.umask(0o027)
print(os.umask(previous) == 0o027, type(previous).__name__, os.uname().sysname, type(os.getuid()).__name__)
