# PurePath / PurePosixPath: parsing, parts, names, suffixes, parents, joining, relative_to, match, comparisons
from pathlib import Path, PosixPath, PurePath, PurePosixPath

for text in ["a/b/c.txt", "/usr/lib/python3.11/", "//server/share", "///tmp", "", ".", "..", "a/./b/../c",
             "archive.tar.gz", ".bashrc", "/", "name.", "a//b", "~/x"]:
    p = PurePosixPath(text)
    print(repr(text), repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes,
          repr(p.root), repr(p.anchor), repr(p.drive), p.is_absolute(), repr(p.parent))

p = PurePosixPath("/home/user/projects/app/main.py")
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::2])
print(repr(p.parents)[:9])
try:
    p.parents[10]
except IndexError as e:
    print("IndexError", e)
print(PurePath("x"), type(PurePath("x")).__name__, type(Path("x")).__name__)
print(PurePosixPath("a") / "b" / "c", "x" / PurePosixPath("y"), PurePosixPath("a") / "/abs" / "z")
print(PurePosixPath("a", "b/c", PurePosixPath("d")), PurePosixPath("a").joinpath("b", "c"))
print(p.with_name("other.txt"), p.with_suffix(".txt"), p.with_suffix(""), p.with_stem("prog"))
print(PurePosixPath("a/b.tar.gz").with_suffix(".bz2"), PurePosixPath("a/b").with_suffix(".c"))
for bad in [lambda: PurePosixPath("/").with_name("x"), lambda: p.with_name("a/b"), lambda: p.with_name(""),
            lambda: p.with_suffix("txt"), lambda: p.with_suffix("."), lambda: p.with_suffix("./x"),
            lambda: PurePosixPath("").with_suffix(".x"), lambda: p.relative_to("/etc"),
            lambda: PurePosixPath("a").relative_to("/a"), lambda: p.relative_to(), lambda: PurePosixPath(5),
            lambda: PurePosixPath(b"x"), lambda: PurePosixPath("a") < "b", lambda: p.match("")]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(p.relative_to("/home"), p.relative_to("/home/user", "projects"), p.relative_to(p), PurePosixPath("a/b").relative_to("a"))
print(p.is_relative_to("/home"), p.is_relative_to("/etc"))
for pat in ["*.py", "main.py", "app/*.py", "/home/*/projects/app/main.py", "/*.py", "*/*/*/*/*/*/*.py", "**/main.py", "M*.py", "app/"]:
    print(pat, p.match(pat))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == PosixPath("a"), PurePosixPath("a") == "a")
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a"), PurePosixPath("/z")]))
print(PurePosixPath("a/b") < PurePosixPath("a/c"), PurePosixPath("a") <= PurePosixPath("a"), PurePosixPath("b") > PurePosixPath("a"))
print(len({PurePosixPath("a/b"), PurePosixPath("a//b"), PurePosixPath("a/./b")}))
print(hash(PurePosixPath("x/y")) == hash(PurePosixPath("x//y")))
print(bytes(PurePosixPath("a/é")), PurePosixPath("/a b/c%").as_uri(), PurePosixPath("a").as_posix())
try:
    PurePosixPath("rel").as_uri()
except ValueError as e:
    print(e)
import os
print(os.fspath(PurePosixPath("q/r")), f"{PurePosixPath('q')}", PurePosixPath("x").__reduce__())
print(PurePosixPath("a").is_reserved(), isinstance(PosixPath("a"), PurePosixPath), isinstance(PosixPath("a"), Path))
print(PurePosixPath("a/b").__truediv__(3), PurePosixPath("a").__rtruediv__(3))
