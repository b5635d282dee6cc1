from pathlib import PureWindowsPath as W, PurePosixPath as P, PurePath, WindowsPath
cases = ["c:/a/b", "C:\\Users\\x", "//server/share/dir/f.txt", "\\\\server\\share", "c:", "c:foo", "/x", "a/b/../c", "", ".", "\\\\?\\c:\\x", "\\\\?\\UNC\\srv\\sh\\f", "CON", "nul.txt", "a/COM1.x", "x:/y/z.tar.gz"]
for c in cases:
    w = W(c)
    print(repr(w), str(w), w.drive, w.root, w.anchor, w.parts, w.name, w.suffix, w.suffixes, w.stem, repr(w.parent), w.is_absolute(), w.is_reserved(), w.as_posix(), list(map(str, w.parents)))
print(W("c:/a", "d:b"), W("c:/a", "/b"), W("C:", "a"), W("c:/Windows", "c:foo"), W("a", "//s/h/x"))
print(W("c:/Windows") / "c:foo", W("c:/Windows") / "d:foo", W("c:/W") / "/x", W("c:/W") / "x/y", "pre" / W("x"), W("c:") / "a")
print(W("C:/A") == W("c:/a"), hash(W("C:/A")) == hash(W("c:/a")), W("a") == P("a"), W("a") < W("B"), sorted([W("b"), W("A"), W("c")]))
for a, b in [("c:/a/b", "c:"), ("c:/a/b", "C:/A"), ("c:/a/b", "c:/"), ("c:a/b", "c:"), ("/a/b", "/"), ("a/b", "a")]:
    print(W(a).relative_to(b))
try:
    W("c:/a").relative_to("d:/")
except ValueError as e: print(e)
for pat in ["*.txt", "C:/*/*.TXT", "b/*.txt", "/b/*.txt", "c:*"]:
    print(pat, W("c:/B/f.TXT").match(pat))
print(W("c:/a b").as_uri(), W("//s/h/x").as_uri())
print(W("c:/a/b.txt").with_name("z.py"), W("c:/a/b.txt").with_suffix(".gz"), W("c:/a/b.txt").with_stem("q"))
for bad in [lambda: W("c:/a").with_name("x\\y"), lambda: W("c:/").with_name("x"), lambda: W("a").with_suffix("\\b"), lambda: WindowsPath("x"), lambda: W("a") < P("a")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(W(P("/a/b")), P(W("c:/a")), W("c:/a").parents[0], W("c:/a/b").parents[-1], W("x").joinpath("y", "z"))
import pickle
print(pickle.loads(pickle.dumps(W("c:/a/b"))))
