# Reading a 1.5 MB text file line by line (for/readline/readlines, plus newline='' and a
# latin-1 file) must stay linear: each line decodes only its own bytes.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "big.txt")
with open(p, "w") as f:
    for i in range(50000):
        f.write(f"line {i} some text here é\n")
total = 0
with open(p, encoding="utf-8") as f:
    for line in f:
        total += len(line)
print(total)
with open(p, encoding="utf-8", newline="") as f:
    count = 0
    while f.readline():
        count += 1
    print(count, f.tell())
with open(p, encoding="latin-1") as f:
    lines = f.readlines()
    print(len(lines), lines[-1], f.newlines)
os.remove(p)
os.rmdir(d)
