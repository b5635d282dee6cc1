# Path on the real filesystem: mkdir, read/write, iterdir, glob/rglob, stat, rename, unlink, errors
import os
from pathlib import Path

base = Path(f"/tmp/heapstack-pathlibtest-{os.getpid()}")
base.mkdir()
os.chdir(base)
here = Path(".")
print(repr(here), here.exists(), here.is_dir(), here.is_file())
print(Path.cwd() == base, here.absolute() == base, here.resolve() == base.resolve())
d = Path("pkg/sub/deeper")
try:
    d.mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
d.mkdir(parents=True)
d.mkdir(parents=True, exist_ok=True)
try:
    d.mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
f = Path("pkg") / "data.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_text().splitlines())
print(f.exists(), f.is_file(), f.is_dir(), f.stat().st_size, f.suffix, f.stem)
b = Path("pkg/blob.bin")
print(b.write_bytes(bytes(range(5))), b.read_bytes(), b.write_bytes(bytearray(b"xy")), b.read_bytes())
with f.open("a") as fh:
    fh.write("more\n")
with f.open() as fh:
    print(fh.readlines())
for bad in [lambda: f.write_text(b"bytes"), lambda: b.write_bytes("text"), lambda: Path("missing.txt").read_text(),
            lambda: Path("missing.txt").unlink(), lambda: Path("pkg").rmdir(), lambda: Path("nope").stat(),
            lambda: list(Path("nope").iterdir()), lambda: list(here.glob("")), lambda: list(here.glob("/abs")),
            lambda: list(here.glob("a**b"))]:
    try:
        bad()
    except (OSError, TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
Path("missing.txt").unlink(missing_ok=True)
for name in ["a.py", "b.py", "c.txt", ".hidden.py"]:
    (Path("pkg/sub") / name).write_text(name)
Path("pkg/sub/deeper/z.py").touch()
Path("top.py").touch()
Path("top.py").touch(exist_ok=True)
try:
    Path("top.py").touch(exist_ok=False)
except FileExistsError as e:
    print("touch FileExistsError")
print(sorted(p.name for p in Path("pkg/sub").iterdir()))
print(sorted(str(p) for p in here.glob("*")))
print(sorted(str(p) for p in here.glob("pkg/sub/*.py")))
print(sorted(str(p) for p in here.glob("**/*.py")))
print(sorted(str(p) for p in here.rglob("*.py")))
print(sorted(str(p) for p in here.glob("**")))
print(sorted(str(p) for p in here.glob("*/")))
print(sorted(str(p) for p in here.glob("pkg/*/")))
print(sorted(str(p) for p in Path("pkg").rglob("*")))
print(sorted(str(p) for p in here.glob("pkg/sub/[ab].py")), sorted(str(p) for p in here.glob("pkg/data.txt")))
print(sorted(str(p) for p in base.glob("pkg/*.txt")) == [str(base / "pkg/data.txt")])
new = f.rename("pkg/renamed.txt")
print(repr(new), f.exists(), new.exists(), new.read_text().count("\n"))
r = new.replace(Path("pkg/replaced.txt"))
print(r, r.exists())
r.unlink()
print(r.exists())
print(Path("pkg/sub/a.py").samefile("pkg/sub/../sub/a.py"))
os.symlink("pkg/sub/a.py", "link.py")
ln = Path("link.py")
print(ln.is_symlink(), ln.is_file(), ln.readlink(), ln.resolve() == (base / "pkg/sub/a.py").resolve(), ln.lstat().st_size != ln.stat().st_size)
Path("dangling").symlink_to("nowhere")
print(Path("dangling").exists(), Path("dangling").is_symlink(), Path("nowhere").resolve() == base.resolve() / "nowhere")
try:
    Path("nowhere").resolve(strict=True)
except FileNotFoundError as e:
    print("strict resolve FileNotFoundError")
print(Path("~").expanduser() == Path.home(), Path("x").expanduser(), Path("/a/../b").resolve())
print(Path("pkg/sub/c.txt").with_suffix(".md").name, Path("pkg").parent, Path("pkg/sub").parts)
with open(Path("pkg/sub/c.txt")) as fh:
    print(fh.read())
print(os.path.join(Path("a"), "b"), os.path.exists(Path("pkg")))

for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.unlink(os.path.join(root, name))
    for name in dirs:
        p = os.path.join(root, name)
        if os.path.islink(p):
            os.unlink(p)
        else:
            os.rmdir(p)
os.chdir("/")
base.rmdir()
print(base.exists())
