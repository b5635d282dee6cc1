# What `python -m tokenize`, `-m base64` and `-m textwrap` print, run as __main__ through runpy
# with their command lines in sys.argv (error messages have the temporary path taken out).
import contextlib
import io
import os
import runpy
import sys
import tempfile

d = tempfile.mkdtemp()
src = os.path.join(d, "sample.py")
with open(src, "w") as f:
    f.write('def area(r: float) -> float:\n    """Circle."""\n    return 3.14 * r ** 2  # approx\n\nprint(f"{area(2):.1f}", [1, 2][0])\n')
bad = os.path.join(d, "bad.py")
with open(bad, "w") as f:
    f.write("if x:\n    a\n  b\n")
data = os.path.join(d, "data.bin")
with open(data, "wb") as f:
    f.write(b"heapstack and python3 " * 10)


def run(module, *args, stdin=None):
    sys.argv = [module, *args]
    err = io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stderr(err):
            runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stdin = saved
        sys.stdout.flush()
    if err.getvalue():
        print("stderr:", err.getvalue().replace(d, "<tmp>").rstrip())


run("tokenize", src)
run("tokenize", "-e", src)
run("tokenize", bad)
run("tokenize", os.path.join(d, "missing.py"))
run("tokenize", stdin="x = (1,\n")
run("textwrap")
run("base64", "-t")
run("base64", data)
run("base64", "-x")
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
