# zipimport: a zipimporter over an archive written on the fly; data, sources and loading.
import os, sys, tempfile, shutil, zipfile, zipimport

root = tempfile.mkdtemp()
try:
    arc = os.path.join(root, "bundle.zip")
    with zipfile.ZipFile(arc, "w") as zf:
        zf.writestr("zmod.py", "VALUE = 6 * 7\ndef f():\n    return __name__\n")
        zf.writestr("zpkg/__init__.py", "from . import inner\n")
        zf.writestr("zpkg/inner.py", "WHO = 'inner'\n")
        zf.writestr("zpkg/data.txt", "payload\n")
        zf.writestr("lib/deep.py", "DEEP = True\n")
    z = zipimport.zipimporter(arc)
    print(repr(z).replace(root, "ROOT"), z.prefix == "", os.path.basename(z.archive))
    print(z.is_package("zpkg"), z.is_package("zmod"))
    print(z.get_source("zmod").splitlines()[0])
    print(z.get_data(os.path.join(arc, "zpkg", "data.txt")))
    print(z.get_filename("zmod").replace(root, "ROOT"))
    spec = z.find_spec("zmod")
    print(spec.name, type(spec.loader).__name__, z.find_spec("missing"))
    m = z.load_module("zmod")
    print(m.VALUE, m.f(), sys.modules["zmod"] is m)
    sub = zipimport.zipimporter(os.path.join(arc, "lib"))
    print(sub.prefix == "lib" + os.sep, sub.get_source("deep").strip())
    try:
        z.get_data("nope.txt")
    except OSError as e:
        print("OSError", e.args)
    for bad in ["", os.path.join(root, "missing.zip"), root]:
        try:
            zipimport.zipimporter(bad)
        except zipimport.ZipImportError as e:
            print("ZipImportError", str(e).replace(root, "ROOT"))
    txt = os.path.join(root, "plain.txt")
    with open(txt, "w") as f:
        f.write("not a zip")
    try:
        zipimport.zipimporter(txt)
    except zipimport.ZipImportError as e:
        print("ZipImportError", str(e).replace(root, "ROOT"))
    print(issubclass(zipimport.ZipImportError, ImportError))
finally:
    shutil.rmtree(root)
root = tempfile.mkdtemp()
try:
    big = os.path.join(root, "big.bin")
    with open(big, "wb") as f:
        f.write(b"x" * 100)
    try:
        zipimport.zipimporter(big)
    except zipimport.ZipImportError as e:
        print("ZipImportError", str(e).replace(root, "ROOT"))
finally:
    shutil.rmtree(root)
