# os.path errors that reach the top of a script: CPython's posixpath and genericpath are frozen,
# so their traceback lines are only "<frozen posixpath>", line 76, in join: the line numbers
# and the module (genericpath for getsize, exists, samefile...) must be CPython's.
import os
import os.path
import traceback

calls = [
    (os.path.getsize, "/nonexistent/file"), (os.path.getmtime, "/nonexistent/file"),
    (os.path.getatime, "/nonexistent/file"), (os.path.getctime, None),
    (os.path.samefile, "/nonexistent/a", "/"), (os.path.samefile, "/", "/nonexistent/b"),
    (os.path.join, None, "a"), (os.path.join, "a", None), (os.path.join, "a", b"b"),
    (os.path.basename, None), (os.path.dirname, 1), (os.path.splitext, None), (os.path.split, 3),
    (os.path.splitdrive, 3), (os.path.exists, None), (os.path.isfile, None), (os.path.isdir, None),
    (os.path.islink, None), (os.path.lexists, None), (os.path.ismount, None), (os.path.abspath, None),
    (os.path.expanduser, None), (os.path.expandvars, None), (os.path.relpath, ""),
    (os.path.relpath, "a", 1), (os.path.relpath, "a", b"b"), (os.path.commonpath, []),
    (os.path.commonpath, ["/a", "b"]), (os.path.commonpath, ["/a", b"/b"]), (os.path.commonprefix, 5),
    (os.path.normpath, None), (os.path.normcase, None), (os.path.isabs, None), (os.path.realpath, None),
]
for fn, *args in calls:
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))

print(os.path.join("a", "b", "/c", "d"), os.path.splitext("x/.bashrc"), os.path.splitext("a.b/c.tar.gz"),
      os.path.splitext(b"..x.y"), os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/a/b/c", "/a/b/d", "/a/bc"]),
      os.path.commonprefix(["interspecies", "interstellar"]), os.path.normpath("//a/./b/../c/"),
      os.path.isfile(__file__), os.path.isdir(os.path.dirname(__file__)), os.path.exists("/nonexistent"),
      os.path.samefile(__file__, __file__), os.path.ismount("/"), os.path.islink(__file__))
with open(__file__) as a, open(__file__) as b:
    print(os.path.sameopenfile(a.fileno(), b.fileno()))
os.path.getsize(os.path.join(os.path.dirname(__file__), "no such file.txt"))
