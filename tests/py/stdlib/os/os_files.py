# os: directories, files, stat, errors with CPython's errno/strerror/filename
import os
import stat

d = "_tmp_os_files_%d" % os.getpid()
os.mkdir(d)
try:
    f = os.path.join(d, "f.txt")
    with open(f, "w") as fh:
        fh.write("hello")
    os.makedirs(os.path.join(d, "a", "b", "c"))
    os.makedirs(os.path.join(d, "a", "b"), exist_ok=True)
    try:
        os.makedirs(os.path.join(d, "a", "b"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror, e.filename.replace(d, "D"))
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, "a"))))
    st = os.stat(f)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st), st[6],
          type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8],
          stat.filemode(st.st_mode)[0], isinstance(st, tuple), type(st).__name__)
    print(stat.S_ISDIR(os.stat(d).st_mode), stat.S_ISDIR(os.lstat(d).st_mode), os.stat(d).st_nlink >= 2)
    print(os.path.getsize(f), os.path.isfile(f), os.path.isdir(f), os.path.isfile(d), os.path.isdir(d),
          os.path.exists(f), os.path.exists(f + "x"), os.path.lexists(f), os.path.islink(f))
    print(os.path.getmtime(f) == st.st_mtime, os.path.samefile(f, os.path.join(d, ".", "f.txt")))
    for name, call in [
        ("mkdir", lambda: os.mkdir(d)),
        ("stat", lambda: os.stat("no_such_file")),
        ("lstat", lambda: os.lstat("no_such_file")),
        ("listdir", lambda: os.listdir("no_such_dir")),
        ("listdir file", lambda: os.listdir(f)),
        ("rmdir nonempty", lambda: os.rmdir(d)),
        ("rmdir file", lambda: os.rmdir(f)),
        ("remove dir", lambda: os.remove(d)),
        ("unlink missing", lambda: os.unlink("no_such_file")),
        ("rename", lambda: os.rename("no_such_1", "no_such_2")),
        ("chdir", lambda: os.chdir("no_such_dir")),
        ("getsize", lambda: os.path.getsize("no_such_file")),
        ("open", lambda: open("no_such_file")),
        ("mkdir missing parent", lambda: os.mkdir("no_such_dir/x")),
    ]:
        try:
            call()
        except OSError as e:
            fn = e.filename.replace(d, "D") if isinstance(e.filename, str) else e.filename
            print(name, type(e).__name__, e.errno, e.strerror, fn, e.filename2, e.args)
            print("  ", str(e).replace(d, "D"))
    for bad in [1.5, None, [1]]:
        try:
            os.stat(bad)
        except TypeError as e:
            print("TypeError:", e)
    os.rename(f, os.path.join(d, "g.txt"))
    os.replace(os.path.join(d, "g.txt"), os.path.join(d, "h.txt"))
    print(sorted(os.listdir(d)))
    old = os.getcwd()
    os.chdir(d)
    print(sorted(os.listdir()), sorted(os.listdir(".")), os.path.basename(os.getcwd()) == d)
    with open("h.txt") as fh:
        print(fh.read())
    os.chdir("..")
    print(os.getcwd() == old)
    os.remove(os.path.join(d, "h.txt"))
    os.removedirs(os.path.join(d, "a", "b", "c"))
    print(os.path.exists(d))
finally:
    for root, dirs, files in os.walk(d, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    if os.path.exists(d):
        os.rmdir(d)
print(os.path.exists(d))
