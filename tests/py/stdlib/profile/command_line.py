# 'python -m profile [-s SORT] [-m] prog args' through profile.main(): the program runs with its
# own argv and __name__ and the report is printed (only its header is shown: the pure-Python
# profiler's row names and times are not compared here).
import contextlib
import io
import os
import profile
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
with open('prog.py', 'w') as f:
    f.write('import sys\nprint("argv", sys.argv, __name__, sum(range(10)))\n')
with open('progmod.py', 'w') as f:
    f.write('import sys\nprint("module argv", sys.argv[1:], __name__)\n')
sys.path.insert(0, os.getcwd())


def run(*args):
    saved_argv, saved_path = sys.argv[:], sys.path[:]
    sys.argv = ['profile.py', *args]
    out, err = io.StringIO(), io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            profile.main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv, sys.path = saved_argv, saved_path
    print('--', args, 'exit', code)
    for line in out.getvalue().splitlines():
        if line.startswith(('argv', 'module argv', 'Usage', '   Ordered by')):
            print(line.strip())
        elif 'function calls' in line:
            print('function calls' in line, line.split()[-1])
    if err.getvalue():
        print('stderr:', err.getvalue().strip())


run('prog.py', 'a', '-b')
run('-s', 'calls', 'prog.py')
run('-s', 'tottime', 'prog.py', '-s', 'x')
run('-m', 'progmod', 'q')
run()
run('-s')
run('-x', 'prog.py')
