# Reading text files under each newline= mode: where lines end, what is translated, and what
# f.newlines reports (UTF-8, UTF-16 with its BOM, utf-8-sig, cp1252), plus readline(limit).
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "mixed.txt")
with open(p, "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    f = open(p, newline=nl)
    print(repr(nl), f.newlines, f.readline().encode(), f.newlines, f.readlines(), f.newlines, f.tell())
    f.close()
with open(p) as f:
    print(repr(f.readline(1)), repr(f.readline(1)), repr(f.readline(5)), repr(f.read()))
with open(p) as f:
    print(repr(f.read()), f.newlines)
with open(p, newline="") as f:
    print(list(f))

p16 = os.path.join(d, "utf16.txt")
with open(p16, "w", encoding="utf-16", newline="") as f:
    f.write("a\r\nb\rc\nd€")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p16, newline=nl, encoding="utf-16") as f:
        print(repr(nl), repr(f.readline()), f.readlines(), f.tell(), f.newlines)

psig = os.path.join(d, "sig.txt")
with open(psig, "w", encoding="utf-8-sig") as f:
    f.write("é\r\nx\n")
print(open(psig, encoding="utf-8-sig").readlines(), open(psig, encoding="cp1252", newline="").readlines())
print(list(open(psig, encoding="utf-8-sig", newline="\r")))
with open(psig, encoding="utf-8-sig") as f:
    print(repr(f.readline()), f.tell(), repr(f.read()), f.newlines)
with open(psig, encoding="latin-1") as f:
    print([f.readline(2) for _ in range(4)], f.tell())

# a \r\n across CPython's 8 KiB decoding chunks
big = os.path.join(d, "chunks.txt")
with open(big, "w", newline="") as f:
    f.write("x" * 8191 + "\r\n" + "y\n" * 3)
with open(big) as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), lines[1:], f.newlines)

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
