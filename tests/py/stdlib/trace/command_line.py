# 'python -m trace' through trace.main(): --count writes <module>.cover next to the program
# (counts, '>>>>>> ' for missed lines with --missing, docstrings and '#pragma NO COVER' lines
# not flagged), --trace prints each line, --listfuncs/--trackcalls list functions (methods
# qualified by their class), --file accumulates counts over runs, and the option errors.
import contextlib
import io
import os
import sys
import tempfile
import trace

PROGRAM = '''"""Docstring
on two lines."""
import sys


class Shape:
    """A shape."""
    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n * self.n


def classify(n):
    if n % 2 == 0:
        return "even"
    else:
        return "odd"   #pragma NO COVER


def never():
    return 1


total = 0
for i in range(4):
\ttotal += i
squares = [j * j for j in range(3)]
print(classify(2), total, squares, Shape(3).area(), sys.argv[1:], __name__)
while total > 3:
    total -= 2
try:
    1 / 0
except ZeroDivisionError:
    pass
if sys.argv[1:] == ["exit"]:
    sys.exit(4)
'''

os.chdir(tempfile.mkdtemp())
with open("shapes.py", "w") as f:
    f.write(PROGRAM)


def run(*args):
    saved_argv, saved_path = sys.argv[:], sys.path[:]
    sys.argv = ["trace.py", *args]
    out, err = io.StringIO(), io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            trace.main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv, sys.path = saved_argv, saved_path
    print("--", args, "exit", code)
    # The caller of the program's <module> is trace.py itself, whose path differs.
    print(out.getvalue().replace(trace.__file__, "TRACE.PY"), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")
    for name in sorted(os.listdir(".")):
        if name.endswith(".cover"):
            with open(name) as f:
                print("==", name)
                print(f.read(), end="")
            os.remove(name)


run("--count", "shapes.py", "a", "b")
run("--count", "--missing", "--summary", "shapes.py")
run("--trace", "shapes.py", "exit")
run("--listfuncs", "shapes.py")
run("--trackcalls", "shapes.py")
run("-c", "-t", "-m", "-C", "covers", "shapes.py")
for name in sorted(os.listdir("covers")):
    with open(os.path.join("covers", name)) as f:
        print("== covers", name, len(f.read().splitlines()))
run("-c", "-f", "counts.pickle", "shapes.py")
run("-c", "-f", "counts.pickle", "-R", "shapes.py")
run("-c", "-f", "counts.pickle", "shapes.py")
run("--report", "--file", "counts.pickle", "--missing", "--summary")
run("--count", "missing_file.py")
run("shapes.py")
run("--listfuncs", "--count", "shapes.py")
run("--summary", "--trace", "shapes.py")
run("--count")
run("--report")
run("--version")

# The Trace class used directly: count the lines of one function call.
def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        else:
            out.append(str(i))
    return out


tracer = trace.Trace(count=1, trace=0)
print(tracer.runfunc(fizz, 6))
first = fizz.__code__.co_firstlineno
counts = tracer.results().counts
print(sorted((line - first, n) for (filename, line), n in counts.items() if filename == __file__))
