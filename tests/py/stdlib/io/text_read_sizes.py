# f.read(n) on text files in several codecs and newline modes: n counts code points (an astral
# character is one), translated \r\n pairs count once, and the file position ends where CPython's does.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w", newline="") as f:
    f.write("ab\r\ncé€😀\rx\ny\r\n" * 50 + "\r")
for enc in ["utf-8", "latin-1", "utf-8-sig", "cp1252"]:
    for nl in [None, "", "\r\n"]:
        try:
            with open(p, encoding=enc, newline=nl, errors="replace") as f:
                parts = []
                n = 1
                while True:
                    s = f.read(n)
                    if not s:
                        break
                    parts.append(s)
                    n = n % 7 + 1
                print(enc, repr(nl), len(parts), hash("".join(parts)) % 1000, f.tell(), f.newlines)
        except Exception as e:
            print(enc, repr(nl), type(e).__name__, e)
with open(p, encoding="utf-8") as f:
    print(repr(f.read(3)), f.tell(), repr(f.read(5)), repr(f.readline()), repr(f.read(4)))
os.remove(p)
os.rmdir(d)
