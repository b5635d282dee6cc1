# Path manipulation with pathlib (in the spirit of pyperformance's pathlib): build a directory
# tree in a temporary directory, then join, split, compare and glob paths repeatedly; pure
# paths (PurePosixPath, PureWindowsPath) for the string work.
import hashlib
import os
import pathlib
import sys
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

# tests/py/bench_like/pathlib_tree.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 30


def make_tree(base):
    for d in range(6):
        sub = base / f"dir{d}" / ("nested" if d % 2 else "flat")
        sub.mkdir(parents=True, exist_ok=True)
        for f in range(8):
            suffix = [".py", ".txt", ".tar.gz", ""][f % 4]
            (sub / f"file{f}{suffix}").write_text(f"{d}:{f}\n" * (f + 1))


def pure_work(n):
    h = hashlib.md5()
    for i in range(n):
        p = PurePosixPath("/usr", "lib", f"python3.{i % 12}", "site-packages", f"pkg{i}", "mod.tar.gz")
        parts = (p.name, p.stem, p.suffix, "".join(p.suffixes), p.parent.name, len(p.parts))
        q = p.with_suffix(".zip").with_name(f"m{i}.py")
        r = q.relative_to("/usr/lib")
        h.update(repr((parts, str(q), str(r), q.is_relative_to("/usr"), p.match("*.gz"))).encode())
        w = PureWindowsPath(f"C:\\Users\\u{i}\\Docs", "..", "x.TXT")
        h.update(repr((w.drive, w.root, w.anchor, w.name, w.suffix.lower(), str(w.parent), w.as_posix())).encode())
        h.update(str(PurePosixPath("a/b/../c/./d//e")).encode())
        h.update(repr(sorted([PurePosixPath("b/a"), PurePosixPath("a/b"), PurePosixPath("a")])).encode())
    return h.hexdigest()


def fs_work(base, reps):
    h = hashlib.md5()
    for _ in range(reps):
        pys = sorted(p.relative_to(base).as_posix() for p in base.rglob("*.py"))
        gz = sorted(p.name for p in base.glob("*/*/*.gz"))
        dirs = sorted(p.name for p in base.iterdir() if p.is_dir())
        sizes = sum(p.stat().st_size for p in base.rglob("*") if p.is_file())
        texts = [p.read_text() for p in sorted((base / "dir0" / "flat").iterdir())]
        h.update(repr((pys, gz, dirs, sizes, texts[:2])).encode())
        exists = sum((base / f"dir{d}").exists() for d in range(10))
        h.update(str(exists).encode())
    return h.hexdigest(), len(pys), sizes


def main():
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        make_tree(base)
        digest, npy, sizes = fs_work(base, max(1, SCALE // 3))
        print(npy, sizes, digest)
        target = base / "dir1" / "nested" / "file0.py"
        renamed = target.rename(target.with_name("renamed.py"))
        print(renamed.name, target.exists(), renamed.exists(), renamed.stat().st_size)
        renamed.unlink()
        print(sorted(x.name for x in (base / "dir1" / "nested").glob("file?.py")))
    print(pure_work(SCALE * 40))
    print(os.fspath(Path("a") / "b"), Path("x/y.txt").suffix, pathlib.PurePath("q").__class__.__name__)


main()
