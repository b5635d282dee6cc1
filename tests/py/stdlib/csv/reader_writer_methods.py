# csv reader iteration and writer.writerow/writerows as a program sees them: line_num, records
# over several lines, the end of the lines, non-str lines, strict mode at the end of data, and
# the writer methods' argument errors and their file's write() results.
import csv
import io
import sys

r = csv.reader(["a,b\n", "", "x\n", '"multi\n', 'line",2\n', "tail"])
for row in r:
    print(row, r.line_num)
print("after", next(r, "done"), r.line_num)

r = csv.reader(["1,2", 3])
print(next(r))
try:
    next(r)
except csv.Error as e:
    print("Error", e)

r = csv.reader(['"open'], strict=True)
try:
    next(r)
except csv.Error as e:
    print("Error", e, e.__cause__, e.__suppress_context__)

try:
    print(list(csv.reader(["1,2.5", "3,"], quoting=csv.QUOTE_NONNUMERIC)))
    print(list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC)))
except ValueError as e:
    print("ValueError", e)
print(list(csv.reader(["a;b;c\r\n", "d\r", "e;f\n"], delimiter=";")))
print(list(csv.reader(["  a,  b"], skipinitialspace=True)))
csv.field_size_limit(4)
try:
    print(list(csv.reader(["abcd,ef", "abcde"])))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(128 * 1024)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s) * 10


s = Sink()
w = csv.writer(s)
print(w.writerow([1, "a,b", None, 2.5]), w.writerow(("x",)), w.writerow([""]), w.writerow(iter([1, 2])))
print(w.writerows([[1], (2, 3), [object.__new__(type("O", (), {"__str__": lambda self: "o"}))]]))
print(s.parts)


def rows():
    yield [1]
    yield [2]
    raise KeyError("stop")


try:
    w.writerows(rows())
except KeyError as e:
    print("KeyError", e, s.parts[-2:])
for call in (lambda: w.writerow(), lambda: w.writerow([1], [2]), lambda: w.writerow(row=[1]),
             lambda: w.writerows(), lambda: w.writerows(5), lambda: w.writerow(5),
             lambda: csv.reader([]).__next__(1)):
    try:
        call()
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
print(type(w.writerow).__name__, type(w.writerows).__name__, sys.getrefcount(s) > 1)
