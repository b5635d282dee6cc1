# pathlib's paths: CPython's PurePath has seven slots (sys.getsizeof 88 for every flavour), and
# the caches behind them give the same parts, drives, hashes and orderings.
import pathlib, sys
P = pathlib.PurePosixPath
W = pathlib.PureWindowsPath
a = P("/usr/lib/python3")
print(sys.getsizeof(a), sys.getsizeof(pathlib.Path("x")), sys.getsizeof(W("c:/x")))
print(a.parts, a.parts is a.parts, a.drive, a.root, a.anchor, hash(a) == hash(P("/usr/lib/python3")))
print(a == P("/usr/lib/python3"), a < P("/usr/lib/z"), sorted([P("b"), P("a/c"), P("/x")]))
print(a.relative_to("/usr"), a.relative_to("/usr").parts, a.parent.parts, list(a.parents))
w = W("C:/Users/Bob/file.TXT")
print(w.parts, w.drive, w.root, w.anchor, w == W("c:/users/bob/FILE.txt"), hash(w) == hash(W("c:/users/bob/FILE.txt")))
print(w.relative_to("C:/Users"), w.match("*.txt"), a.match("lib/*"), W("//host/share/x").drive)
print(sorted([W("b"), W("A")]), a.with_name("x").parts, (a / "x").parts)
