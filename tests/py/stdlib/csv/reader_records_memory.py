# csv.reader builds each record as CPython's C reader does: a new list grown by appends (its
# size), new field strings (the line itself is never shared as a field), fields of quoted
# records spanning lines, line_num, and the errors, raised from the reader itself.
import csv
import gc
import sys
import traceback

for text in ["a,b\n", 'a,"b"\n', "abc", "abc\r\n", "\n", "", ",", "a,,b,", "é,b\n",
             ",".join(str(i) for i in range(14)) + "\n"]:
    rd = csv.reader([text])
    for row in rd:
        print(repr(text), row, sys.getsizeof(row), rd.line_num,
              [sys.getsizeof(f) for f in row], [f is text for f in row])

line = "plain line with no delimiter"
row = next(csv.reader([line]))
print(row[0] == line, row[0] is line, sys.getrefcount(line))

rd = csv.reader(["a,b\r\n", "", 'x,"y\n', 'z"\n', "last"])
for row in rd:
    print(row, rd.line_num)

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    print(quoting, list(csv.reader(['1,"2",3', "4,,5.5", ""], quoting=quoting)))
print(list(csv.reader(["a; b;'c;d'"], delimiter=";", quotechar="'", skipinitialspace=True)))
print(list(csv.reader(["a\\,b,c\\\n", "d"], escapechar="\\")))

# the end of the lines: no StopIteration object is made by a for loop (gc.get_count counts it)
lines = ["1,2"] * 3
gc.collect()
rd = csv.reader(lines)
before = gc.get_count()[0]
for row in rd:
    pass
print("allocations in loop", gc.get_count()[0] - before)
print(next(csv.reader(["x"]), "end"), next(csv.reader([]), "end"))
try:
    csv.reader([]).__next__()
except StopIteration as e:
    print("StopIteration", e.args)


def show(lines, **kw):
    rd = csv.reader(lines, **kw)
    try:
        for row in rd:
            print(" ", row)
    except csv.Error as e:
        print(type(e).__module__, type(e).__name__, e, rd.line_num)
        print(traceback.format_exc().splitlines()[-3].strip())


show([b"a,b"])
show(["ok", 5])
show(['a,"b'], strict=True)
show(['a,"b'])
show(['a,"b"c'], strict=True)
show(["a\rb"])
show(["a" * 20, "b"])
old = csv.field_size_limit(10)
show(["a" * 10, "b" * 11])
show(['"' + "q" * 11])
csv.field_size_limit(old)


def gen():
    yield "1,2"
    raise ValueError("from the lines")


show(gen())
