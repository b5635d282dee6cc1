# os.path string functions (posixpath), str and bytes, edge cases
import os.path as p
import posixpath

cases = ["", "/", "//", "///", "a", "/a", "a/", "a/b", "/a/b/", "//a//b//", "a/./b/../c",
         "../..", "/..", "./a", "a/..", ".", "..", ".bashrc", "a.b.c", "a/.b", "a/b.", "/x/y.tar.gz",
         "..a", "a/..b.c", "~", "~/x", "a//"]
for c in cases:
    print(repr(c), p.split(c), p.splitext(c), p.basename(c), repr(p.dirname(c)),
          p.normpath(c), p.isabs(c), p.splitdrive(c))
for c in cases:
    b = c.encode()
    print(p.split(b), p.splitext(b), p.basename(b), p.dirname(b), p.normpath(b))

print(p.join("a"), p.join("a", "b"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("", "x"),
      p.join("a", ""), p.join("a", "", "b"), p.join("/", "a"), p.join(b"x", b"y"))
for bad in [("a", b"b"), (b"a", "b"), ("a", 1), (1,), ("a", None)]:
    try:
        p.join(*bad)
    except TypeError as e:
        print("TypeError:", e)

print(p.commonprefix([]), p.commonprefix(["/usr/lib", "/usr/local"]), p.commonprefix(["a"]),
      p.commonprefix([[1, 2, 3], [1, 2, 4]]))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c"]),
      p.commonpath(["/a"]), p.commonpath(["a/./b", "a/b/c"]), p.commonpath([b"/x/y", b"/x/z"]))
for bad in [[], ["/a", "b"], ["a", b"b"]]:
    try:
        p.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"), p.relpath("/", "/a/b"),
      p.relpath("/a/b", "/"), p.relpath(b"/a/b", b"/a"))
try:
    p.relpath("")
except ValueError as e:
    print("ValueError:", e)
print(p.normcase("A/B"), p.sep, p.pathsep, p.curdir, p.pardir, p.extsep, p.altsep, p.devnull,
      p.defpath, p.supports_unicode_filenames)
print(posixpath is p, p.__name__)
print(p.expandvars("no vars"), p.expandvars("$"), p.expandvars("${"), p.expandvars("$NOT_SET_HS/x"),
      p.expandvars("${NOT_SET_HS}y"), p.expandvars("a$"), p.expandvars(b"$NOT_SET_HS"))


class PL:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


print(p.join(PL("a"), PL("b")), p.basename(PL("/q/r")), p.splitext(PL("z.py")))
