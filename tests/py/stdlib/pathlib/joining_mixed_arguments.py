# PurePosixPath/Path arguments mixing strs, other paths (POSIX and Windows), os.PathLike
# objects, str subclasses and bad types: an anchored argument restarts the path, '//' is kept
# but '///' is '/', errors name the bad argument's type; joins with / and joinpath, relative_to
# and with_name that parse their arguments too.
import os
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath


class Fs:
    def __init__(self, text):
        self.text = text

    def __fspath__(self):
        return self.text


class Sub(str):
    pass


base = PurePosixPath("/srv", "data")
cases = [
    ("a", "b/c", "./d/", "."),
    ("a", "/b", "c"),
    ("a", "//b", "c"),
    ("a", "///b", "c"),
    (base, "x", base),
    ("rel", base, "tail"),
    (PurePosixPath("p/q"), PurePosixPath("r")),
    (Fs("/from/fspath"), "more"),
    (Sub("/sub/str"), "x"),
    ("x", PureWindowsPath("C:\\Users\\me"), "y"),
    (),
    ("",),
    ("a//b///c",),
]
for args in cases:
    p = PurePosixPath(*args)
    print(repr(p), p.parts, p.root)
print(Path("/tmp") / "a" / PurePosixPath("b") / Fs("c"), "q" / PurePosixPath("r"))
print(base.joinpath("u", "/v", "w"), base.joinpath(), base / "//x")
print(PurePosixPath("/a/b/c").relative_to("/a", "b"), PurePosixPath("/a/b/c").relative_to(PurePosixPath("/a")))
print(PurePath("x/y").with_name("z.txt"), os.fspath(PurePosixPath("k") / Sub("l")))
for bad in [3, None, b"bytes", Fs(b"raw"), Fs(7)]:
    for make in (lambda: PurePosixPath("a", bad), lambda: base / bad, lambda: base.joinpath("ok", bad)):
        try:
            make()
        except TypeError as exc:
            print("TypeError", exc)
try:
    bad / base
except TypeError as exc:
    print("TypeError", exc)
