# pkgutil over a package tree built in a temporary directory: iter_modules, walk_packages
# (onerror, broken packages), get_data, extend_path (.pkg files, namespace portions),
# resolve_name, get_loader/find_loader, iter_modules() on sys.path.
import os
import pkgutil
import sys
import tempfile

root = tempfile.mkdtemp()
other = tempfile.mkdtemp()


def write(base, rel, text=""):
    full = os.path.join(base, *rel.split("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


write(root, "alpha.py", "A = 1\n")
write(root, "beta/__init__.py", "from pkgutil import extend_path\n__path__ = extend_path(__path__, __name__)\n")
write(root, "beta/one.py", "X = 'one'\n")
write(root, "beta/sub/__init__.py")
write(root, "beta/sub/deep.py", "class Thing:\n    class Inner:\n        value = 42\n")
write(root, "beta/data/info.txt", "resource text\n")
write(root, "gamma/__init__.py", "raise ImportError('gamma is broken')\n")
write(root, "gamma/never.py")
write(root, "delta/__init__.py", "raise RuntimeError('delta explodes')\n")
write(root, "notapkg/readme.txt", "no init here\n")
write(root, "has.dot.py", "")
write(root, "zeta.txt", "")
write(root, "alpha/__init__.py", "")
write(other, "beta/two.py", "Y = 'two'\n")
write(other, "beta.pkg", "# comment\n\n/extra/dir\n")
sys.path[:0] = [root, other]

show = lambda infos: [(i.name, i.ispkg) for i in infos]
print(show(pkgutil.iter_modules([root])))
print(show(pkgutil.iter_modules([root], prefix="p.")))
print(show(pkgutil.iter_modules([os.path.join(root, "nope")])))
try:
    list(pkgutil.iter_modules(root))
except ValueError as e:
    print("ValueError", e)

errors = []
try:
    list(pkgutil.walk_packages([root]))
except RuntimeError as e:
    print("RuntimeError", e)
print(show(pkgutil.walk_packages([root], onerror=errors.append)), errors)

import beta
print([p.replace(root, "ROOT").replace(other, "OTHER") for p in beta.__path__])
print(show(pkgutil.iter_modules(beta.__path__, "beta.")))
print(pkgutil.get_data("beta", "data/info.txt"))
print(pkgutil.get_data("beta.sub", "deep.py")[:11])
print(pkgutil.get_data("no_such_package_here", "x"))
print(pkgutil.resolve_name("beta.sub.deep:Thing.Inner.value"), pkgutil.resolve_name("beta.sub.deep.Thing").__name__)
print(pkgutil.resolve_name("os.path:join") is os.path.join, pkgutil.resolve_name("alpha"). __name__)
for bad in ("1abc", "a:b:c", "beta.sub.deep:Missing"):
    try:
        pkgutil.resolve_name(bad)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(pkgutil.extend_path("notalist", "beta"))
print(type(pkgutil.get_loader("beta")).__name__, pkgutil.get_loader("no_such_package_here"))
print(type(pkgutil.find_loader("beta.one")).__name__)
print(pkgutil.get_importer(root).path == root, pkgutil.get_importer(os.path.join(root, "alpha.py")))
names = {m.name for m in pkgutil.iter_modules()}
print({"alpha", "beta", "json", "os"} <= names)
info = next(iter(pkgutil.iter_modules([root])))
print(info._fields, type(info).__name__, info.module_finder.path == root)
print(sorted(pkgutil.__all__))
import shutil
shutil.rmtree(root)
shutil.rmtree(other)
