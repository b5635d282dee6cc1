# PurePosixPath parsing of str texts: roots '/', '//' and '///', empty and '.' names, trailing
# slashes, '..' kept, str subclasses and os.PathLike arguments, joining.
import os
from pathlib import Path, PurePath, PurePosixPath


class S(str):
    pass


class Like:
    def __fspath__(self):
        return "//srv/./share//x/"


for text in ("", ".", "/", "//", "///", "////a", "//a/b", "a//b/./c/", "./a/../b", "/..", "a/.", ".a/.b.",
             "x/\udcff/y", "\U0001F600/\u00e9", S("/s/t"), Like()):
    p = PurePosixPath(text)
    print(repr(text) if not isinstance(text, Like) else "Like", repr(p), p.parts, p.root, p.name, str(p.parent))
print(PurePath("a", "/b", "c//d"), PurePosixPath("//x", "y") / "z" / "/w", Path("/tmp") / "q")
print(PurePosixPath("a/b").match("*/b"), PurePosixPath("/a/b/c.py").relative_to("/a"), os.fspath(PurePath("//h")))
try:
    PurePosixPath(5)
except TypeError as e:
    print("TypeError", e)
