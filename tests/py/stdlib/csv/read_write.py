# csv reader/writer: dialects, quoting modes, escapes, multi-line fields, errors, line_num
import csv
import io

rows = [["a\nb", "c\rd", "e f", " g", 'h"i', "", None, 1.5, True, "x,y", "t\tz", 0, -3]]
for d in ["excel", "unix", "excel-tab"]:
    s = io.StringIO()
    w = csv.writer(s, dialect=d)
    print(w.writerow(rows[0]), w.writerow([""]), w.writerow([]), w.writerows([["1", 2], ("3",)]))
    print(repr(s.getvalue()))
    back = list(csv.reader(io.StringIO(s.getvalue(), newline=""), dialect=d))
    print(back)
for params in [dict(quoting=csv.QUOTE_NONE, escapechar="\\"), dict(quoting=csv.QUOTE_ALL),
               dict(quoting=csv.QUOTE_NONNUMERIC), dict(escapechar="\\"), dict(escapechar="\\", doublequote=False),
               dict(delimiter=";", quotechar="'"), dict(lineterminator="\n"), dict(quotechar=None, escapechar="\\")]:
    s = io.StringIO()
    w = csv.writer(s, **params)
    w.writerow(["a,b", 'c"d', "e\\f", "g\nh", 1, 2.5, None, "", "i'j;k"])
    print(params, repr(s.getvalue()), w.dialect.quoting)
lines = ['a,"b\nc",d\n', "x", '"a\nb', 'c"', "a\\,b", ' a, "b"', '1,"2",,3.5', '"ab', "a,b\r\n", "\r\n",
         "c\n", 'a"b"c,"d"e', '"a""b",c', '"x" ,y', "", "q,", ",", "a\x00b"]
print(list(csv.reader(lines[:2])), list(csv.reader(lines[2:4])), list(csv.reader([lines[4]], escapechar="\\")),
      list(csv.reader([lines[5]], skipinitialspace=True)), list(csv.reader([lines[6]], quoting=csv.QUOTE_NONNUMERIC)))
print([list(csv.reader([l])) for l in lines[7:]])
r = csv.reader(["a,b", "", '"c\nd",e', "f"])
print(r.line_num, next(r), r.line_num, next(r), next(r), r.line_num, list(r), r.line_num)
print(list(csv.reader(["a;b|c"], delimiter="|")), list(csv.reader(["'a;b';c"], delimiter=";", quotechar="'")),
      list(csv.reader(['"a"b'], doublequote=False)), list(csv.reader(['a"b,"c\\"d"'], escapechar="\\")),
      list(csv.reader(["a b,c"], quoting=csv.QUOTE_NONE)), list(csv.reader(['"a",b'], quoting=csv.QUOTE_NONE)))
for bad in [lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: csv.writer(io.StringIO(), delimiter="ab"), lambda: csv.writer(io.StringIO(), quoting=9),
            lambda: csv.writer(io.StringIO()).writerow(5), lambda: csv.get_dialect("x"),
            lambda: list(csv.reader(['"a"b'], strict=True)), lambda: list(csv.reader(['"ab'], strict=True)),
            lambda: list(csv.reader(["a\nb"])), lambda: list(csv.reader([b"a"])), lambda: csv.reader(5),
            lambda: csv.writer(5), lambda: csv.writer(io.StringIO(), lineterminator=5),
            lambda: csv.writer(io.StringIO(), delimiter=""), lambda: csv.writer(io.StringIO(), delimiter=None),
            lambda: csv.writer(io.StringIO(), escapechar="ab"), lambda: csv.writer(io.StringIO(), quotechar=5),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE, quotechar=None).writerow([""]),
            lambda: csv.reader([], foo=1), lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL),
            lambda: csv.writer(io.StringIO(), quoting="1"), lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['c"d']),
            lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC)), lambda: csv.unregister_dialect("nope"),
            lambda: csv.get_dialect(5), lambda: csv.field_size_limit(1, 2), lambda: csv.field_size_limit("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(csv.list_dialects(), csv.Error, csv.excel.delimiter, repr(csv.excel.lineterminator), csv.Dialect,
      csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__, csv.field_size_limit())
d = csv.get_dialect("excel")
print(type(d), d.delimiter, d.quoting, d.strict, d.doublequote, repr(d.lineterminator), d.escapechar, d.skipinitialspace)
try:
    d.delimiter = ";"
except AttributeError as e:
    print("AttributeError", e)
r = csv.reader([], delimiter=";")
print(r.dialect.delimiter, type(r.dialect), type(r), type(csv.writer(io.StringIO())))


class D(csv.Dialect):
    delimiter = ";"


class E(csv.excel):
    delimiter = ";"


for make in [D, csv.Dialect]:
    try:
        make()
    except csv.Error as e:
        print("Error", e)
print(E().delimiter, list(csv.reader(["a;b"], E)), list(csv.reader(["a;b"], dialect=E())))
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
print(csv.get_dialect("semi").quoting, sorted(csv.list_dialects()))
s = io.StringIO()
csv.writer(s, "semi").writerow(["a", 1])
print(repr(s.getvalue()))
csv.register_dialect("semi2", "semi", quoting=csv.QUOTE_MINIMAL)
print(csv.get_dialect("semi2").delimiter, csv.get_dialect("semi2").quoting)
csv.unregister_dialect("semi")
csv.unregister_dialect("semi2")
print(csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["a" * 11]))
except csv.Error as e:
    print("Error", e)
print(list(csv.reader(["a" * 10])), csv.field_size_limit(131072))
