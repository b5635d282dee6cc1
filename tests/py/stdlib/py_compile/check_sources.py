# py_compile.compile() reports (or raises, with doraise) a source's compile error as python3 does;
# 'python -m py_compile [-q] FILE...' through main(). (Return values are not compared: heapstack
# writes no .pyc.)
import contextlib
import io
import os
import py_compile
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
sources = {
    'good.py': 'x = 1\n',
    'bad.py': 'def f(:\n    pass\n',
    'indent.py': 'if x:\npass\n',
    'escape.py': 'x = "\\N{no such name}"\n',
    'nul.py': 'x = 1\0\n',
}
for name, text in sources.items():
    with open(name, 'w') as f:
        f.write(text)

for name in sources:
    try:
        py_compile.compile(name, doraise=True)
        print(name, 'ok')
    except py_compile.PyCompileError as e:
        print(name, e.exc_type_name, repr(e.file), isinstance(e.exc_value, SyntaxError))
        print(e.msg)
        print(str(e) == e.msg, e.args[1:2])

err = io.StringIO()
with contextlib.redirect_stderr(err):
    py_compile.compile('bad.py')
    py_compile.compile('bad.py', dfile='shown_as.py')
    py_compile.compile('bad.py', quiet=2)
print(err.getvalue())
print(py_compile.PycInvalidationMode.CHECKED_HASH, py_compile._get_default_invalidation_mode())


def run(*args, stdin=None):
    saved = sys.argv, sys.stdin
    sys.argv = ['py_compile.py', *args]
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    out, err = io.StringIO(), io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            py_compile.main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv, sys.stdin = saved
    print('--', args, 'exit', code, repr(out.getvalue()))
    print(err.getvalue())


run('good.py')
run('good.py', 'bad.py', 'escape.py')
run('-q', 'bad.py')
run('missing.py')
run('-', stdin='good.py\nindent.py\n')
run()
