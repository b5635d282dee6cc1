# symbolic links: lstat/islink/readlink, realpath through links and loops, DirEntry.is_symlink
import os
import stat

d = os.path.abspath("_tmp_os_links_%d" % os.getpid())
os.makedirs(os.path.join(d, "real", "inner"))
with open(os.path.join(d, "real", "file"), "w") as fh:
    fh.write("x")
try:
    os.symlink("real", os.path.join(d, "link"))
    os.symlink(os.path.join(d, "real", "file"), os.path.join(d, "flink"))
    os.symlink("missing", os.path.join(d, "dangling"))
    os.symlink("loop2", os.path.join(d, "loop1"))
    os.symlink("loop1", os.path.join(d, "loop2"))
    rel = lambda p: p.replace(d, "D")
    print(os.readlink(os.path.join(d, "link")), rel(os.readlink(os.path.join(d, "flink"))))
    for name in ["link", "flink", "dangling", "real", "loop1"]:
        p = os.path.join(d, name)
        print(name, os.path.islink(p), os.path.exists(p), os.path.lexists(p), os.path.isdir(p),
              os.path.isfile(p), stat.S_ISLNK(os.lstat(p).st_mode))
    for p in ["link", "link/inner", "link/inner/..", "link/../real/file", "flink", "dangling",
              "dangling/x", "loop1", "loop1/x", "real/./inner/../file", "nope/../real"]:
        print(p, rel(os.path.realpath(os.path.join(d, p))))
    try:
        os.path.realpath(os.path.join(d, "dangling"), strict=True)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.path.realpath(os.path.join(d, "loop1"), strict=True)
    except OSError as e:
        print(type(e).__name__, e.errno)
    for e in sorted((e for e in os.scandir(d) if "loop" not in e.name), key=lambda e: e.name):
        print(e.name, e.is_symlink(), e.is_dir(), e.is_file(), e.is_dir(follow_symlinks=False))
    for root, dirs, files in os.walk(d):
        dirs.sort()
        print(rel(root), dirs, sorted(files))
    print([rel(r) for r, _, _ in os.walk(d, followlinks=True) if "loop" not in r][:0])
    try:
        os.symlink("real", os.path.join(d, "link"))
    except FileExistsError as e:
        print(rel(str(e)))
finally:
    for name in ["link", "flink", "dangling", "loop1", "loop2", "real/file"]:
        try:
            os.unlink(os.path.join(d, name))
        except OSError:
            pass
    os.rmdir(os.path.join(d, "real", "inner"))
    os.rmdir(os.path.join(d, "real"))
    os.rmdir(d)
print(os.path.exists(d))
