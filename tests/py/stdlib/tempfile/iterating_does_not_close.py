from tempfile import NamedTemporaryFile, TemporaryFile
import csv
with NamedTemporaryFile("w+", encoding="utf-8") as f:
    f.write("f1,f2,f3\r\n1,2,abc\r\n3,4,def\r\n"); f.seek(0)
    reader = csv.DictReader(f, fieldnames=next(csv.reader(f)))
    print(reader.fieldnames, next(reader), f.closed)
    for line in f:
        print(repr(line)); break
    print(f.closed, f.readline())
with TemporaryFile('w+') as g:
    g.write('x\ny\n'); g.seek(0)
    first = next(iter(g))
    print(repr(first), g.closed, g.read())
