# tempfile: directories, named and anonymous temporary files, spooled files, name generation.
import os
import re
import tempfile

base = tempfile.gettempdir()
print(os.path.isabs(base), os.path.isdir(base), tempfile.gettempdir() is tempfile.tempdir or tempfile.gettempdir() == tempfile.tempdir)
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)
print(type(tempfile.gettempdirb()).__name__)
NAME = re.compile(r"[a-z0-9_]{8}")

with tempfile.TemporaryDirectory(prefix="hs_", suffix=".d") as top:
    print(os.path.isdir(top), os.path.basename(top).startswith("hs_"), top.endswith(".d"),
          bool(NAME.fullmatch(os.path.basename(top)[3:-2])), os.path.dirname(top) == base)
    sub = tempfile.mkdtemp(dir=top)
    print(os.path.dirname(sub) == top, os.path.basename(sub)[:3], len(os.path.basename(sub)))
    sub_b = tempfile.mkdtemp(dir=top.encode())
    print(type(sub_b).__name__, os.path.isdir(sub_b))

    with tempfile.NamedTemporaryFile(dir=top, suffix=".txt") as f:
        print(type(f).__name__, f.name.endswith(".txt"), os.path.exists(f.name), f.delete)
        f.write(b"hello\nworld\n")
        f.flush()
        f.seek(0)
        print(f.read(), f.tell())
        f.seek(0)
        print(list(f), f.closed)
        name = f.name
    print(os.path.exists(name))

    g = tempfile.NamedTemporaryFile("w+", dir=top, delete=False, prefix="keep")
    g.write("text ü")
    g.seek(0)
    print(g.read(), os.path.basename(g.name)[:4])
    g.close()
    print(os.path.exists(g.name), g.file.closed)
    with open(g.name, encoding="utf-8") as again:
        print(again.read())
    os.unlink(g.name)

    t = tempfile.TemporaryFile(dir=top)
    t.write(b"abc")
    t.seek(1)
    print(t.read())
    t.close()
    print(sorted(os.listdir(top)) == sorted([os.path.basename(sub), os.path.basename(sub_b.decode())]))

    with tempfile.TemporaryDirectory(dir=top) as inner:
        open(os.path.join(inner, "x"), "w").close()
        os.mkdir(os.path.join(inner, "d"))
        open(os.path.join(inner, "d", "y"), "w").close()
    print(os.path.exists(inner))
    td = tempfile.TemporaryDirectory(dir=top)
    print(repr(td) == f"<TemporaryDirectory {td.name!r}>")
    td.cleanup()
    td.cleanup()
    print(os.path.exists(td.name))

    path = tempfile.mkstemp(dir=top, suffix=".s")[1]
    print(os.path.exists(path), path.endswith(".s"))
print(os.path.exists(top))

s = tempfile.SpooledTemporaryFile(max_size=10)
s.write(b"12345")
print(s._rolled, s.name, s.tell())
s.write(b"678901")
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.close()
print(s.closed)

s = tempfile.SpooledTemporaryFile(mode="w+")
s.write("line one\nline two\n")
s.seek(0)
print(s.readline(), s.readlines(), s._rolled, s.mode)
s.rollover()
print(s._rolled)
s.seek(0)
print(s.read())
s.close()

with tempfile.SpooledTemporaryFile(max_size=100) as s:
    s.write(b"x" * 50)
    s.seek(0)
    print(len(s.read()), s._rolled)

try:
    tempfile.mkdtemp(prefix=b"x", suffix="y")
except TypeError as exc:
    print("TypeError", exc)
try:
    tempfile.mkdtemp(dir="/nonexistent/dir")
except FileNotFoundError as exc:
    print("FileNotFoundError", exc.errno)
