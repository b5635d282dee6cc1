import csv, io
lines = ["a,b,c\n", "\n", "\r\n", "", "x,,\r\n", ",\n", "1,2.5,-3\n", "a b, c\n", "q,\"w\",e\n", "a\\,b\n", "last", "a\rb\n", "tab\there\n"]
for kw in [{}, {"quoting": csv.QUOTE_NONNUMERIC}, {"quoting": csv.QUOTE_NONE}, {"escapechar": "\\"}, {"skipinitialspace": True}, {"delimiter": "\t"}, {"strict": True}]:
    out = []
    for ln in lines:
        try:
            out.append(list(csv.reader([ln], **kw)))
        except (csv.Error, ValueError) as e:
            out.append((type(e).__name__, str(e)))
    print(kw, out)
csv.field_size_limit(5)
try: print(list(csv.reader(["abcdef,g\n"])))
except csv.Error as e: print(e)
print(list(csv.reader(["abcde,g\n"])))
csv.field_size_limit(131072)
r = csv.reader(io.StringIO('a,"multi\nline",c\nd,e\n\nf\n'))
print([(row, r.line_num) for row in r])
for kw in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"lineterminator": "X\n"}, {"delimiter": ";", "quotechar": "'"}]:
    b = io.StringIO()
    w = csv.writer(b, **kw)
    for row in [["plain", "with,comma", 'q"uote', "new\nline", "", None, 1, 2.5, "X", "sp ace", "\\"], [""], ["a;b", "c'd"]]:
        try: w.writerow(row)
        except csv.Error as e: b.write("ERR %s\n" % e)
    print(kw, repr(b.getvalue()))
