# os.DirEntry's tests over regular files, directories, a symlink to each and a dangling one:
# is_dir/is_file follow links unless told not to, a dangling link's stat() raises
# FileNotFoundError, inode() equals stat(follow_symlinks=False).st_ino; bytes and
# slash-ended directories. (An entry removed after scandir is left out: CPython answers
# is_dir()/is_file() from readdir's d_type without a stat, heapstack stats.)
import os
import tempfile

with tempfile.TemporaryDirectory() as top:
    os.mkdir(os.path.join(top, "d"))
    with open(os.path.join(top, "f"), "w") as fh:
        fh.write("x")
    os.symlink(os.path.join(top, "d"), os.path.join(top, "link_d"))
    os.symlink(os.path.join(top, "f"), os.path.join(top, "link_f"))
    os.symlink(os.path.join(top, "nowhere"), os.path.join(top, "dangling"))
    with os.scandir(top) as it:
        entries = sorted(it, key=lambda e: e.name)
    print([repr(e) for e in entries])
    for e in entries:
        row = [e.name, e.path == os.path.join(top, e.name), os.fspath(e) == e.path]
        for follow in (True, False):
            row.append((e.is_dir(follow_symlinks=follow), e.is_file(follow_symlinks=follow)))
        row.append(e.is_symlink())
        for follow in (True, False):
            try:
                st = e.stat(follow_symlinks=follow)
                row.append(oct(st.st_mode & 0o170000))
            except FileNotFoundError as exc:
                row.append(("FileNotFoundError", exc.filename == e.path))
        try:
            row.append(e.inode() == e.stat(follow_symlinks=False).st_ino)
        except FileNotFoundError:
            row.append("no inode")
        print(row)
    with os.scandir(top.encode()) as it:
        first = sorted(it, key=lambda e: e.name)[0]
    print(first.name, first.path == os.path.join(top.encode(), first.name), first.is_dir())
    with os.scandir(top + "/") as it:
        print(sorted(e.path == top + "/" + e.name for e in it))
    print(os.DirEntry.__name__, os.DirEntry.__module__)
    try:
        os.DirEntry()
    except TypeError as exc:
        print("TypeError", exc)
