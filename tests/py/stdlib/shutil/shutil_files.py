# shutil: copyfile/copy/copy2/copymode/copystat, copytree (ignore, dirs_exist_ok), rmtree (onerror), move, which, get_terminal_size
import os
import shutil
import stat

base = f"/tmp/heapstack-shutiltest-{os.getpid()}"
os.makedirs(base)
os.chdir(base)


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            with open(p) as fh:
                out.append((p, fh.read()))
        for d in dirs:
            out.append((os.path.join(root, d) + "/", None))
    return sorted(out, key=lambda t: t[0])


os.makedirs("src/sub/deep")
for name, text in [("src/a.txt", "A"), ("src/b.py", "B"), ("src/sub/c.txt", "C"), ("src/sub/deep/d.log", "D"), ("src/sub/e.pyc", "E")]:
    with open(name, "w") as f:
        f.write(text)
os.chmod("src/b.py", 0o751)
print(shutil.copyfile("src/a.txt", "copy.txt"), open("copy.txt").read())
print(shutil.copy("src/b.py", "copied.py"), oct(stat.S_IMODE(os.stat("copied.py").st_mode)))
os.mkdir("dest")
print(shutil.copy("src/a.txt", "dest"), shutil.copy2("src/b.py", "dest"))
print(abs(os.stat("dest/b.py").st_mtime - os.stat("src/b.py").st_mtime) < 1e-3, oct(stat.S_IMODE(os.stat("dest/b.py").st_mode)))
shutil.copymode("src/a.txt", "dest/b.py")
print(oct(stat.S_IMODE(os.stat("dest/b.py").st_mode)) == oct(stat.S_IMODE(os.stat("src/a.txt").st_mode)))
for bad in [lambda: shutil.copyfile("src/a.txt", "src/a.txt"), lambda: shutil.copyfile("missing", "x"),
            lambda: shutil.copyfile("src/a.txt", "nodir/x"), lambda: shutil.copytree("src", "dest"),
            lambda: shutil.rmtree("missing-dir"), lambda: shutil.move("src", "src/sub")]:
    try:
        print(bad())
    except (OSError, shutil.Error) as e:
        print(type(e).__name__, e)
print(shutil.copytree("src", "tree1"))
print(tree("tree1"))
shutil.copytree("src", "tree2", ignore=shutil.ignore_patterns("*.pyc", "deep"))
print(tree("tree2"))
shutil.copytree("src", "tree2", dirs_exist_ok=True)
print(tree("tree2"))
seen = []
shutil.rmtree("tree2")
print(os.path.exists("tree2"))
shutil.rmtree("missing-dir", ignore_errors=True)
shutil.rmtree("missing-dir", onerror=lambda f, p, e: seen.append((f.__name__, p, e[0].__name__)))
print(seen)
print(shutil.move("copy.txt", "moved.txt"), os.path.exists("copy.txt"), os.path.exists("moved.txt"))
print(shutil.move("moved.txt", "dest"), os.path.exists("dest/moved.txt"))
print(shutil.move("tree1", "dest"), sorted(os.listdir("dest")))
try:
    shutil.move("copied.py", "dest/tree1/..")
    shutil.move("copied.py", "dest")
except shutil.Error as e:
    print("Error", e)
ig = shutil.ignore_patterns("*.txt", "a*")
print(sorted(ig("x", ["a.py", "b.txt", "c.py", "abc"])))
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"), shutil.which("sh", path=""))
os.makedirs("bin")
with open("bin/tool", "w") as f:
    f.write("#!/bin/sh\n")
print(shutil.which("tool", path="bin"))
os.chmod("bin/tool", 0o755)
print(shutil.which("tool", path="bin"), shutil.which("tool", path=os.pathsep.join(["nowhere", "bin"])), shutil.which("bin/tool"))
os.environ["COLUMNS"] = "100"
os.environ["LINES"] = "40"
print(shutil.get_terminal_size())
del os.environ["COLUMNS"], os.environ["LINES"]
sz = shutil.get_terminal_size((91, 33))
print(sz, sz.columns, sz.lines, tuple(sz))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
with open("big.bin", "wb") as f:
    f.write(bytes(range(256)) * 1000)
import io
src = io.BytesIO(b"x" * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 4096)
print(len(dst.getvalue()))
shutil.rmtree(base)
os.chdir("/")
print(os.path.exists(base))
