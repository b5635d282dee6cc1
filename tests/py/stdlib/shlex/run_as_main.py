# python -m shlex FILE prints each token of the file
import io
import os
import runpy
import sys

name = "shlex_main_%d.txt" % os.getpid()
with open(name, "w") as f:
    f.write("set x = 'quoted value' # comment\nrun(a, b);\n\"dq\"")
try:
    sys.argv = ["shlex", name]
    runpy.run_module("shlex", run_name="__main__")
    saved = sys.stdin
    sys.stdin = io.StringIO("from stdin 42")
    sys.argv = ["shlex"]
    try:
        runpy.run_module("shlex", run_name="__main__")
    finally:
        sys.stdin = saved
finally:
    os.remove(name)
