# open() in text mode looks its encoding up as TextIOWrapper does: after the file is opened (a
# "w" or "x" open has created it), LookupError for an unknown codec or a non-text one.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "f.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("data\n")

for mode, encoding in [("r", "nope-enc"), ("r", "hex"), ("r", "rot13"), ("a", "bogus"), ("r+", "zlib_codec"),
                       ("r", "UTF8"), ("r", "Latin-1"), ("r", "cp1252"), ("r", "utf_16"), ("r", "locale")]:
    try:
        with open(path, mode, encoding=encoding) as f:
            print(mode, encoding, "ok", f.encoding)
    except LookupError as e:
        print(mode, encoding, type(e).__name__, e)
print(open(path).read(), end="")

for mode in ["w", "x", "w+"]:
    new = os.path.join(d, "new_" + mode.replace("+", "plus") + ".txt")
    try:
        open(new, mode, encoding="no-such-codec")
    except LookupError as e:
        print(mode, e, os.path.exists(new), os.path.getsize(new))

try:
    open(os.path.join(d, "missing.txt"), encoding="no-such-codec")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(path, "w", buffering=0, encoding="no-such-codec")
except ValueError as e:
    print(e, os.path.getsize(path))
try:
    open(path, "rb", encoding="no-such-codec")
except ValueError as e:
    print(e)
for name in sorted(os.listdir(d)):
    os.remove(os.path.join(d, name))
os.rmdir(d)
