import traceback
import sys


def a():
    b()


def b():
    c()


def c():
    raise ValueError("deep")


try:
    a()
except ValueError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(fs.filename.endswith("extract_tb.py"), fs.lineno, fs.name, repr(fs.line), fs.colno, fs.end_colno, fs.end_lineno)
        print(repr(fs).replace(fs.filename, "FILE"), len(fs), list(fs)[1:], fs[2])
    print(traceback.extract_tb(tb, limit=2)[-1].name, traceback.extract_tb(tb, limit=-1)[0].name)
    print([name for _, _, name, _ in traceback.extract_tb(tb)])
    print(len(list(traceback.walk_tb(tb))), [f.f_code.co_name for f, n in traceback.walk_tb(tb)])
    print("".join(traceback.format_tb(tb)), end="")
    traceback.print_tb(tb, limit=1, file=sys.stdout)
    print(traceback.format_list(summary[1:2]))
    traceback.print_list([("fake.py", 3, "func", "source line"), ("other.py", 9, "g", None)], file=sys.stdout)
