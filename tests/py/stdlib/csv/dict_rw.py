# csv.DictReader / DictWriter: header handling, restkey/restval, extrasaction, files on disk
import csv
import io
import os

text = "name,age,city\r\nAda,36,London\r\n\r\nAlan,41\r\nGrace,85,Arlington,extra1,extra2\r\n"
r = csv.DictReader(io.StringIO(text, newline=""))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO(text, newline=""), restkey="more", restval="?")
print(list(r))
r = csv.DictReader(io.StringIO("1;2\n3;4\n"), fieldnames=["x", "y"], delimiter=";")
print(r.fieldnames, list(r))
print(csv.DictReader(io.StringIO("")).fieldnames, list(csv.DictReader(io.StringIO(""))),
      list(csv.DictReader(["a,b"])), list(csv.DictReader(["a,a", "1,2"])))
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=["name", "score", "note"], restval="n/a")
print(w.writeheader(), w.writerow({"name": "x", "score": 1}), w.writerows([{"name": 'q"t', "note": "a,b"}, {}]))
print(repr(s.getvalue()))
w = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
print(w.writerow({"a": 1, "b": 2}))
for bad in [lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="x"),
            lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2, "c": 3}),
            lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
path = "_tmp_csv_%d.csv" % os.getpid()
try:
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        for i in range(5):
            w.writerow([i, "line %d\nwith break" % i if i % 2 else "plain, %d" % i])
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            print(row)
    with open(path, newline="") as f:
        print(f.read().count("\r\n"))
finally:
    os.remove(path)
