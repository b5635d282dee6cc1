import zipfile, io, os, tempfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr('README.txt', 'hello readme\n')
    zf.writestr('pkg/__init__.py', '')
    zf.writestr('pkg/data/values.csv', 'a,b\n1,2\n')
    zf.writestr('pkg/mod.tar.gz', b'\x00\x01')
    zf.writestr('empty/', '')
zf = zipfile.ZipFile(buf)
zf.filename = 'archive.zip'
root = zipfile.Path(zf)
print(root, repr(root), root.name, root.is_dir(), root.exists())
print(sorted(p.name for p in root.iterdir()))
print([str(p) for p in root.iterdir()])
pkg = root / 'pkg'
print(repr(pkg), pkg.is_dir(), pkg.is_file(), pkg.exists())
print([repr(p) for p in pkg.iterdir()])
v = pkg / 'data' / 'values.csv'
print(repr(v), v.name, v.suffix, v.stem, v.is_file(), v.read_text(), v.read_bytes())
t = pkg.joinpath('mod.tar.gz'); print(t.suffixes, t.stem, repr(t.parent), repr(t.parent.parent), t.parent.parent.parent)
with v.open() as f: print(f.readline().strip())
with v.open('rb') as f: print(f.read(3))
missing = root / 'nope.txt'
print(missing.exists(), missing.is_file())
try: missing.read_text()
except FileNotFoundError as e: print('FileNotFoundError', e)
try: pkg.open()
except IsADirectoryError as e: print('IsADirectoryError', e)
try: list(v.iterdir())
except ValueError as e: print(e)
print(repr(root / 'empty'), (root / 'empty').is_dir())
d = tempfile.mkdtemp(); p = os.path.join(d, 'a.zip')
with zipfile.ZipFile(p, 'w') as z: z.writestr('x/y.txt', 'Y')
zp = zipfile.Path(p, at='x/')
print(zp.name, zp.filename.name, [q.read_text() for q in zp.iterdir()], zp.parent.name, zipfile.Path(p).filename == zipfile.Path(p).filename)
with zipfile.ZipFile(p, 'a') as z:
    w = zipfile.Path(z, 'new.txt')
    with w.open('w') as f: f.write('written')
print(zipfile.Path(p, 'new.txt').read_text())
