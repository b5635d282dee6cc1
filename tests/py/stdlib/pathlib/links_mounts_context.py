# Path.hardlink_to, the deprecated link_to (its DeprecationWarning points at the caller),
# lchmod, is_mount (the root and /proc are mount points, a plain directory is not), and a
# Path as a context manager: a no-op that warns on entering since 3.11.
import os
import pathlib
import shutil
import tempfile

base = pathlib.Path(tempfile.mkdtemp())
original = base / "a.txt"
original.write_text("shared text")
(base / "b.txt").hardlink_to(original)
print((base / "b.txt").read_text(), os.stat(original).st_nlink)
original.link_to(base / "c.txt")
print(sorted(p.name for p in base.iterdir()), os.stat(original).st_nlink)
print(pathlib.Path("/").is_mount(), base.is_mount(), original.is_mount(),
      pathlib.Path("/nonexistent").is_mount(), pathlib.Path("/proc").is_mount())
with base as inside:
    print(inside == base)
try:
    (base / "missing.txt").lchmod(0o644)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
shutil.rmtree(base)
