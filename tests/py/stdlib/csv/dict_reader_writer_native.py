# DictReader and DictWriter against python3 where _csv_accel does their rows: restkey and
# restval, blank records, line_num, duplicate and non-str field names, fieldnames given as a
# tuple or changed between rows, subclasses, extrasaction, writerow's return value, row
# iterables that raise, subclasses' _dict_to_list (a generator, as python3's), their errors,
# and the refcounts of the values.
import csv
import io
import sys
import traceback


def frames(f):
    # the user-code frames of the error (python3 also lists csv.py's DictReader/DictWriter
    # frames, which heapstack hides with the rest of its lib/csv.py: not compared here)
    try:
        f()
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, e, [fr.name for fr in tb if not fr.filename.endswith("csv.py")][1:])
    else:
        print("no error")


text = "a,b,c\r\n1,2,3\r\n\r\n4,5\r\n6,7,8,9,10\r\n\r\n\r\nx,y,z\r\n"
r = csv.DictReader(io.StringIO(text), restkey="more", restval="?")
for row in r:
    print(row, r.line_num, r.reader.line_num)
print(r.fieldnames, r.line_num)
r = csv.DictReader(io.StringIO(text), fieldnames=("p", "q"))
print(list(r), r.line_num)
r = csv.DictReader(io.StringIO(text), fieldnames=["k", "k", "j"])
print(list(r))
r = csv.DictReader(io.StringIO(text), fieldnames=[1, None, (2, 3)])
print(list(r))
r = csv.DictReader(io.StringIO(text))
print(next(r))
r.fieldnames = ["A", "B"]
print(next(r), next(r))
r.fieldnames = iter(["i", "j"])
frames(lambda: next(r))
print(list(csv.DictReader(io.StringIO(""))), list(csv.DictReader(io.StringIO("\r\n\r\n"))))
print(list(csv.DictReader(["h1;h2", "1;2", "3"], delimiter=";")))


class Upper(csv.DictReader):
    @property
    def fieldnames(self):
        names = super().fieldnames
        return names and [n.upper() for n in names]


print(list(Upper(io.StringIO(text))))
frames(lambda: list(csv.DictReader(io.StringIO('a,b\r\n1,"2\r\n'), strict=True)))
frames(lambda: list(csv.DictReader(io.StringIO('a,b\r\n"x"y,2\r\n'), strict=True)))
frames(lambda: list(csv.DictReader([b"a,b", b"1,2"])))
frames(lambda: list(csv.DictReader(["a,b", "1,2,3"], restkey=[])))

big = "value " * 3
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["a", "b", "c"], restval="R")
print(w.writeheader(), w.writerow({"a": 1, "c": big}), w.writerow({}))
w.writerows([{"a": 1.5, "b": None}, {"b": "x,y", "c": 'q"q'}, {"c": big}])
w.writerows(iter([]))
w.writerows(({"a": i} for i in range(3)))
print(repr(out.getvalue()), sys.getrefcount(big))
frames(lambda: w.writerow({"a": 1, "zz": 2}))
frames(lambda: w.writerows([{"a": 1}, {"a": 1, "zz": 2, 3: 4}]))
frames(lambda: w.writerows(5))
frames(lambda: w.writerow([1, 2]))
frames(lambda: w.writerow({1: 2}))


def gen():
    yield {"a": 1}
    raise KeyError("boom")


frames(lambda: w.writerows(gen()))
print(repr(out.getvalue()[-30:]))
w2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
print(w2.writerow({"a": 1, "b": 2, 3: 4}), w2.writer.dialect.delimiter)
w3 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="RAISE")
print(w3.writerow({"a": 1, "b": 2}))
out4 = io.StringIO()
w4 = csv.DictWriter(out4, ("x", "y"), quoting=csv.QUOTE_NONNUMERIC)
w4.writerows([{"x": 1, "y": "s"}, {"y": 2.5}, dict(x=object.__name__)])
print(repr(out4.getvalue()))


class Tagged(csv.DictWriter):
    def _dict_to_list(self, rowdict):
        values = super()._dict_to_list(rowdict)
        print(type(values).__name__, end=" ")
        return ["tag", *values]


out5 = io.StringIO()
t = Tagged(out5, ["a"])
t.writerow({"a": 1})
t.writerows([{"a": 2}, {"a": 3}])
print(repr(out5.getvalue()))


class Recorder:
    def __init__(self):
        self.rows = []

    def writerow(self, row):
        self.rows.append(list(row))
        return len(self.rows)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


w6 = csv.DictWriter(io.StringIO(), ["a", "b"])
w6.writer = Recorder()
print(w6.writerow({"a": 1}), w6.writerows([{"b": 2}]), w6.writer.rows)

# next(), explicit __next__, for loops, readers of other kinds, subclasses overriding __next__
r = csv.DictReader(io.StringIO(text))
print(next(r), r.__next__(), r.line_num)
for row in r:
    print("for", row, r.line_num)
    break
print(list(r), next(r, "done"), r.line_num)
frames(lambda: r.__next__())
r = csv.DictReader(io.StringIO(""))
print([row for row in r], r.fieldnames, r.line_num, next(r, "empty"))


class Records:
    def __init__(self, records):
        self.records = iter(records)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.line_num += 10
        return next(self.records)


r = csv.DictReader(io.StringIO(text))
r.reader = Records([["p", "q"], [], ["1", "2", "3"], ("t", "u")])
print(list(r), r.line_num)


class Counted(csv.DictReader):
    def __next__(self):
        row = super().__next__()
        row["#"] = self.line_num
        return row


print(list(Counted(io.StringIO(text))))


def lines_changing_names(reader_holder):
    yield "a,b,c"
    yield "1,2,3"
    reader_holder[0].fieldnames = iter(["x", "y"])
    yield "4,5,6"


holder = []
r = csv.DictReader(lines_changing_names(holder))
holder.append(r)
print(next(r))
frames(lambda: next(r))
