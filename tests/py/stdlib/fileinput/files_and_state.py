import fileinput, os, tempfile, sys, gzip
d = tempfile.mkdtemp()
paths = []
for n, body in (("a.txt", "alpha\nbeta\n"), ("b.txt", "gamma\n"), ("c.txt", ""), ("d.txt", "delta\nepsilon")):
    p = os.path.join(d, n)
    with open(p, "w") as f: f.write(body)
    paths.append(p)
for line in fileinput.input(paths):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), repr(line))
print(fileinput.lineno() if False else "closed")
with fileinput.FileInput(paths[0:2], mode="rb") as fi:
    for line in fi:
        print(line, fi.lineno())
with fileinput.input(paths) as fi:
    for line in fi:
        if fileinput.filelineno() == 1 and "alpha" in line:
            fileinput.nextfile()
        print(line.rstrip())
for line in fileinput.input(paths[0], inplace=True, backup=".orig"):
    print(line.upper(), end="")
print(open(paths[0]).read(), sorted(os.listdir(d)))
try:
    fileinput.filename()
except RuntimeError as e:
    print(e)
fi = fileinput.input(paths[1])
try: fileinput.input(paths[1])
except RuntimeError as e: print(e)
print(next(fi)); fileinput.close()
try: fileinput.FileInput(paths, mode="w")
except ValueError as e: print(e)
g = os.path.join(d, "z.gz")
with gzip.open(g, "wt") as f: f.write("zipped line\nsecond\n")
for line in fileinput.input([g], openhook=fileinput.hook_compressed, encoding="utf-8"):
    print(repr(line))
for line in fileinput.input([paths[3]], openhook=fileinput.hook_encoded("utf-8")):
    print(repr(line))
sys.argv[1:] = [paths[1]]
print(list(fileinput.input()))
