# os.scandir DirEntry objects and os.walk (top-down, bottom-up, pruning, errors)
import os

d = "_tmp_os_walk_%d" % os.getpid()
os.makedirs(os.path.join(d, "sub", "deep"))
os.makedirs(os.path.join(d, "other"))
for name in ["x.txt", "sub/y.py", "sub/deep/z.md", "other/w"]:
    with open(os.path.join(d, name), "w") as fh:
        fh.write(name * 3)
try:
    with os.scandir(d) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path.replace(d, "D"), e.is_dir(), e.is_file(), e.is_symlink(),
              e.stat().st_size if e.is_file() else "-", os.fspath(e).replace(d, "D"),
              e.inode() == os.stat(e.path).st_ino)
    print(type(entries[0]).__name__, isinstance(entries[0], os.PathLike))
    print(sorted(e.name for e in os.scandir(os.path.join(d, "sub"))))
    old = os.getcwd()
    os.chdir(d)
    print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir(".")))
    os.chdir(old)

    def show(walker):
        for root, dirs, files in walker:
            dirs.sort()
            print(root.replace(d, "D"), dirs, sorted(files))

    show(os.walk(d))
    print("--")
    show(os.walk(d, topdown=False))
    print("--")
    for root, dirs, files in os.walk(d):
        if "sub" in dirs:
            dirs.remove("sub")
        dirs.sort()
        print(root.replace(d, "D"), dirs, sorted(files))
    print("--")
    errors = []
    print(list(os.walk("no_such_dir_here", onerror=errors.append)), [type(e).__name__ for e in errors])
    total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs)
    print("total", total)
    try:
        os.scandir("no_such_dir_here")
    except FileNotFoundError as e:
        print(e)
finally:
    for root, dirs, files in os.walk(d, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(d)
print(os.path.exists(d))
