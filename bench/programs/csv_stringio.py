# CSV over io.StringIO (in the spirit of pyperformance's csv-ish workloads): write rows with
# csv.writer and DictWriter in several dialects and quoting modes, read them back with reader
# and DictReader, Sniffer, and aggregate columns.
import csv
import hashlib
import io
import sys

# tests/py/bench_like/csv_stringio.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 10000


def rows(n):
    for i in range(n):
        yield [i, f"name {i}", f'quote "{i % 7}"', i * 0.25, "multi\nline" if i % 50 == 0 else "", "a,b" if i % 3 else "x;y"]


def main():
    h = hashlib.md5()
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "name", "quoted", "value", "note", "comma"])
    w.writerows(rows(SCALE))
    text = buf.getvalue()
    h.update(text.encode())
    back = list(csv.reader(io.StringIO(text)))
    total = sum(float(r[3]) for r in back[1:])
    print(len(back), total, back[51])
    for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
        b = io.StringIO()
        cw = csv.writer(b, delimiter=";", quoting=quoting, lineterminator="\n")
        cw.writerows(back[1 : 1 + SCALE // 3])
        h.update(b.getvalue().encode())
    b = io.StringIO()
    dw = csv.DictWriter(b, fieldnames=["id", "name", "value"], extrasaction="ignore")
    dw.writeheader()
    for r in back[1:]:
        dw.writerow({"id": r[0], "name": r[1], "value": r[3], "junk": 1})
    dr = list(csv.DictReader(io.StringIO(b.getvalue())))
    agg = {}
    for r in dr:
        agg[int(r["id"]) % 10] = agg.get(int(r["id"]) % 10, 0.0) + float(r["value"])
    print(len(dr), dr[2], sorted(agg.items())[:3])
    tsv = io.StringIO()
    tw = csv.writer(tsv, dialect="excel-tab")
    tw.writerows(back[:20])
    dialect = csv.Sniffer().sniff(tsv.getvalue()[:500])
    print(repr(dialect.delimiter), csv.Sniffer().has_header(text[:2000]))
    csv.register_dialect("pipes", delimiter="|", quotechar="'", escapechar="\\", quoting=csv.QUOTE_NONE)
    p = io.StringIO()
    csv.writer(p, "pipes").writerow(["a|b", "c'd", 3])
    print(p.getvalue().strip(), csv.list_dialects()[-1])
    s = io.StringIO()
    for i in range(SCALE):
        s.write(f"{i},{i * i}\n")
    s.seek(0)
    print(sum(int(b) for a, b in csv.reader(s)), s.tell())
    print(h.hexdigest())


main()
