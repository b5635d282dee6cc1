# importlib.resources over a package built on the fly in a temporary directory
import os, sys, tempfile, shutil
from importlib import resources

root = tempfile.mkdtemp()
try:
    pkg = os.path.join(root, "res_pkg_demo")
    os.makedirs(os.path.join(pkg, "data"))
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("VALUE = 7\n")
    with open(os.path.join(pkg, "notes.txt"), "w", encoding="utf-8") as f:
        f.write("héllo\nworld\n")
    with open(os.path.join(pkg, "blob.bin"), "wb") as f:
        f.write(bytes(range(5)))
    with open(os.path.join(pkg, "data", "inner.md"), "w") as f:
        f.write("# inner\n")
    sys.path.insert(0, root)
    import res_pkg_demo

    base = resources.files("res_pkg_demo")
    print(base.name, base.is_dir(), base.joinpath("notes.txt").read_text(encoding="utf-8"))
    print((base / "data" / "inner.md").read_text())
    print(resources.files(res_pkg_demo).joinpath("blob.bin").read_bytes())
    print(resources.read_text("res_pkg_demo", "notes.txt").splitlines())
    print(resources.read_binary("res_pkg_demo", "blob.bin"))
    with resources.open_text("res_pkg_demo", "notes.txt") as f:
        print(f.readline().rstrip())
    print(resources.is_resource("res_pkg_demo", "notes.txt"), resources.is_resource("res_pkg_demo", "nope"))
    print(sorted(x for x in resources.contents("res_pkg_demo") if not x.startswith("__")))
    with resources.as_file(base / "blob.bin") as p:
        print(os.path.basename(p), os.path.exists(p))
    with resources.path("res_pkg_demo", "notes.txt") as p:
        print(p.name)
finally:
    shutil.rmtree(root)
