import csv, io
samples = [
    'a,b,c\n', '"a","b""x",c\n', '"multi\nline",x\n', 'a,"b\n', '"a"b,c\n', 'x\ry\n', 'a,b\r\n\r\n', '\n', '', ' a, "b",c\n',
    'esc\\,aped,x\n', '"q\\"u",z\n', 'tail\\\n', 'tail\\\nnext,1\n', '"unterminated\n', '1,2.5,"s",,\n', '1,abc\n', 'é,ü,\U0001f600\n',
    '"a" ,b\n', 'a,b"c,d\n', '""\n', '"",""\n', 'a\x00b,c\n', '"a"\r"b"\n',
]
dialects = [dict(), dict(escapechar='\\'), dict(quoting=csv.QUOTE_NONNUMERIC), dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
            dict(strict=True), dict(skipinitialspace=True), dict(doublequote=False, escapechar='\\'), dict(delimiter=';', quotechar="'"),
            dict(delimiter='\U0001f600')]
for s in samples:
    for d in dialects:
        r = csv.reader(io.StringIO(s, newline=''), **d)
        out = []
        try:
            for row in r:
                out.append(row)
            print(repr(s), d, out, r.line_num)
        except Exception as e:
            print(repr(s), d, out, type(e).__name__, e, r.line_num)
        try:
            print(list(csv.reader(s.splitlines(True), **d)))
        except Exception as e:
            print(type(e).__name__, e)
old = csv.field_size_limit(5)
for s in ['abcde,f\n', 'abcdef\n', '"abcdef"\n', '"ab"\n', 'a,"abc\ndef"\n']:
    try: print(list(csv.reader(io.StringIO(s))))
    except Exception as e: print(type(e).__name__, e)
csv.field_size_limit(old)
rows = [['a', 'b'], ('x,y', 'q"t', 'nl\nx', 'cr\rx', ''), [1, 2.5, None, True, -3, 1e100, float('nan')], [''], [None], [],
        ['sp ace', "'", '\\'], iter(['it', 1]), [b'bytes', 3+4j], ['\U0001f600x']]
for d in dialects + [dict(quoting=csv.QUOTE_ALL), dict(lineterminator='\n'), dict(lineterminator='!'), dict(quoting=csv.QUOTE_NONE), dict(quoting=csv.QUOTE_NONE, escapechar='\\', quotechar="'")]:
    for row in rows:
        b = io.StringIO()
        w = csv.writer(b, **d)
        try:
            print(d, repr(w.writerow(row)), repr(b.getvalue()))
        except Exception as e:
            print(d, type(e).__name__, e, repr(b.getvalue()))
        if not isinstance(row, (list, tuple)):
            rows[rows.index(row)] = ['it', 1]
class S(str): pass
b = io.StringIO(); csv.writer(b).writerow([S('x,y'), 2**70, False]); print(repr(b.getvalue()))
try: csv.writer(io.StringIO()).writerow(5)
except Exception as e: print(type(e).__name__, e)
