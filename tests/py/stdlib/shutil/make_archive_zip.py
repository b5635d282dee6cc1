import shutil, os, tempfile, zipfile, logging, sys
d = tempfile.mkdtemp()
src = os.path.join(d, "src")
os.makedirs(os.path.join(src, "sub", "deeper"))
with open(os.path.join(src, "a.txt"), "w") as f: f.write("alpha\n" * 50)
with open(os.path.join(src, "sub", "b.txt"), "w") as f: f.write("beta\n")
with open(os.path.join(src, "sub", "deeper", "c.bin"), "wb") as f: f.write(bytes(range(256)))
def show(path):
    with zipfile.ZipFile(path) as zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            print("  ", info.filename, info.file_size, info.compress_type, info.is_dir())
z = shutil.make_archive(os.path.join(d, "out"), "zip", src)
print(os.path.relpath(z, d)); show(z)
z2 = shutil.make_archive(os.path.join(d, "nested", "pkg"), "zip", root_dir=d, base_dir="src")
print(os.path.relpath(z2, d)); show(z2)
cwd = os.getcwd()
os.chdir(src)
z3 = shutil.make_archive("../here", "zip")
print(z3); show(z3)
os.chdir(cwd)
print([n for n, _ in shutil.get_archive_formats()] == sorted(n for n, _ in shutil.get_archive_formats()))
print("zip" in dict(shutil.get_archive_formats()), ("zip", [".zip"], "ZIP file") in shutil.get_unpack_formats())
shutil.unpack_archive(z, os.path.join(d, "unz"))
for root, dirs, files in os.walk(os.path.join(d, "unz")):
    dirs.sort()
    print(os.path.relpath(root, d), sorted(files))
print(open(os.path.join(d, "unz", "sub", "b.txt")).read(), end="")
shutil.unpack_archive(z2, os.path.join(d, "unz2"), "zip")
print(sorted(os.listdir(os.path.join(d, "unz2", "src"))))
for bad in [("nope", "xyz"), ]:
    try:
        shutil.make_archive(os.path.join(d, bad[0]), bad[1])
    except ValueError as e:
        print(e)
try:
    shutil.unpack_archive(os.path.join(d, "file.weird"))
except shutil.ReadError as e:
    print(type(e).__name__, str(e).replace(d, "D"))
try:
    shutil.unpack_archive(z, d, format="rar")
except ValueError as e:
    print(e)
def my_format(base_name, base_dir, **kw):
    print("my_format called", os.path.basename(base_name), base_dir, sorted(kw))
    return base_name + ".my"
shutil.register_archive_format("myfmt", my_format, [("extra", 1)], "mine")
print(shutil.make_archive(os.path.join(d, "custom"), "myfmt", root_dir=src).replace(d, "D"), os.getcwd() == cwd)
shutil.unregister_archive_format("myfmt")
try:
    shutil.register_unpack_format("zz", [".zip"], print)
except shutil.RegistryError as e:
    print(e)
logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(message)s")
os.chdir(d)
shutil.make_archive("dry", "zip", src, dry_run=True, logger=logging.getLogger())
os.chdir(cwd)
print(os.path.exists(os.path.join(d, "dry.zip")))
shutil.rmtree(d)
