import tarfile, os, tempfile, io, shutil, time
d = tempfile.mkdtemp()
src = os.path.join(d, "proj")
os.makedirs(os.path.join(src, "pkg", "sub"))
files = {"README.md": "# proj\n", "pkg/__init__.py": "", "pkg/core.py": "x = 1\n" * 200,
         "pkg/sub/data.bin": "\x00\x01" * 700, "pkg/sub/" + "long_name_" * 12 + ".txt": "long\n",
         "ünïcode.txt": "u\n"}
for rel, text in files.items():
    with open(os.path.join(src, rel), "w", encoding="latin-1") as f:
        f.write(text)
    os.utime(os.path.join(src, rel), (1700000000, 1700000000))
tp = os.path.join(d, "proj.tar")
with tarfile.open(tp, "w") as tar:
    tar.add(src, arcname="proj")
    info = tarfile.TarInfo("generated/hello.txt")
    payload = b"hello from memory\n"
    info.size = len(payload); info.mtime = 1234567890; info.mode = 0o600; info.uname = "me"
    tar.addfile(info, io.BytesIO(payload))
print(os.path.getsize(tp), tarfile.is_tarfile(tp), tarfile.is_tarfile(os.path.join(src, "README.md")))
with tarfile.open(tp) as tar:
    for m in tar.getmembers():
        print(f"{m.name:<40.40} {m.size:>6} {oct(m.mode)} {m.type} {m.isdir()} {m.isfile()} {m.uname!r} {m.mtime if m.name.startswith('gen') else type(m.mtime).__name__} {bool(m.pax_headers)}")
    print(tar.getmember("generated/hello.txt").size, tar.extractfile("proj/pkg/core.py").read()[:12])
    print(tar.extractfile("proj/pkg").__class__ if tar.extractfile("proj/pkg") else None)
    try:
        tar.getmember("nope")
    except KeyError as e:
        print("KeyError", e)
    tar.extractall(os.path.join(d, "out"))
    tar.list(verbose=False)
    tar.list(members=[m for m in tar.getmembers() if m.name.startswith("gen")])
for root, dirs, fs in os.walk(os.path.join(d, "out")):
    dirs.sort()
    print(os.path.relpath(root, d), sorted(fs))
print(open(os.path.join(d, "out", "generated", "hello.txt")).read(), end="")
print(oct(os.stat(os.path.join(d, "out", "generated", "hello.txt")).st_mode & 0o777), os.stat(os.path.join(d, "out", "proj", "README.md")).st_mtime)
gz = os.path.join(d, "proj.tgz")
with tarfile.open(gz, "w:gz") as tar:
    tar.add(os.path.join(src, "pkg"), arcname="pkg", filter=lambda ti: None if ti.name.endswith(".bin") else ti)
with tarfile.open(gz, "r:*") as tar:
    print(tar.getnames())
with tarfile.open(gz) as tar:
    print([m.name for m in tar])
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
    ti = tarfile.TarInfo("a/b.txt"); ti.size = 3
    tar.addfile(ti, io.BytesIO(b"abc"))
    ti = tarfile.TarInfo("a"); ti.type = tarfile.DIRTYPE; ti.mode = 0o755
    tar.addfile(ti)
raw = buf.getvalue()
print(len(raw), raw[:20], raw[100:157], raw[257:265])
buf.seek(0)
with tarfile.open(fileobj=buf) as tar:
    print([(m.name, m.size, m.type) for m in tar.getmembers()], tar.extractfile("a/b.txt").read())
for bad in [b"", b"not a tar at all" * 40]:
    try:
        tarfile.open(fileobj=io.BytesIO(bad))
    except tarfile.ReadError as e:
        print("ReadError", type(e).__mro__[1].__name__)
z = shutil.make_archive(os.path.join(d, "arch"), "gztar", root_dir=d, base_dir="proj")
print(os.path.basename(z))
with tarfile.open(z) as tar:
    print(sorted(tar.getnames())[:4], len(tar.getnames()))
t = shutil.make_archive(os.path.join(d, "plain"), "tar", src)
print(os.path.basename(t), os.path.getsize(t) % 10240)
shutil.unpack_archive(z, os.path.join(d, "unp"))
print(sorted(os.listdir(os.path.join(d, "unp", "proj"))))
print([n for n, _ in shutil.get_archive_formats() if n in ("gztar", "tar", "zip")])
shutil.rmtree(d)
