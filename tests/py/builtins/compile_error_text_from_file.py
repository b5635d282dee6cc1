# compile()'s compile-time SyntaxErrors (not parser errors) read their `text` back from the file
# named by `filename` when it exists (CPython's PyErr_ProgramTextObject), else None; compiling
# with a file name that does not exist works as usual.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "m.py")
with open(p, "w") as f:
    f.write("a = 1\nb = 2\nc = 3\n")
for src in ("x = 1\nreturn 5\n", "def f():\n    nonlocal q\n", "x = 1\nbreak\n", "x = 1\n\ndef g():\n    yield\n    return 1\nawait z\n"):
    for name in (p, "<string>", "/nonexistent/file.py", "page.html"):
        try:
            compile(src, name, "exec")
        except SyntaxError as e:
            print(e.msg, e.lineno, repr(e.text), e.filename == name)
codes = [compile("x + %d" % i, "tpl.html", "eval") for i in range(50)]
print(len(codes), codes[7].co_filename, eval(codes[7], {"x": 1}))
os.remove(p)
os.rmdir(d)
