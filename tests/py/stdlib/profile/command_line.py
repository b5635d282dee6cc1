# 'python -m profile [-s SORT] [-m] prog args' through profile.main(): the program runs with its
# own argv and __name__ and the report is printed (times and the code object's address left out:
# they vary). The pure-Python profiler names rows its own way: ':0(print)', 'profile:0(profiler)'.
import contextlib
import io
import os
import profile
import re
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
    rows = []
    for line in out.getvalue().splitlines():
        if line.startswith(('argv', 'module argv', 'Usage', '   Ordered by')):
            print(line.strip())
        elif 'function calls' in line and '-m' not in args:
            print(' '.join(line.split()[:-2]))
        elif line.split() and line.split()[0][0].isdigit() and '-m' not in args:
            # (rows of runpy's own functions differ; -s rows that tie come in hash order)
            rows.append(line.split()[0] + ' ' + re.sub(' at 0x[0-9a-f]+', '', line.split(None, 5)[-1]))
    print('\n'.join(sorted(rows) if '-s' in args else rows))
    if err.getvalue():
        print('stderr:', err.getvalue().strip())


with open('fib.py', 'w') as f:
    f.write('def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n'
            'print(fib(8), sorted([2, 1]), len("ab"))\n')

run('prog.py', 'a', '-b')
run('fib.py')
run('-s', 'ncalls', 'fib.py')
run('-s', 'calls', 'prog.py')
run('-s', 'tottime', 'prog.py', '-s', 'x')
run('-m', 'progmod', 'q')
run()
run('-s')
run('-x', 'prog.py')


# the Profile class itself: run()/runcall() rows and their callers
def f(x):
    return [i * i for i in range(x)] + sorted([2, 1])


for how in ('runctx', 'runcall', 'none'):
    p = profile.Profile()
    if how == 'runctx':
        p.runctx("f(3)", globals(), None)
    elif how == 'runcall':
        print(p.runcall(f, 2))
    p.create_stats()
    for key in sorted(p.stats):
        cc, nc, tt, ct, callers = p.stats[key]
        print(how, key[0].rsplit('/', 1)[-1], key[1], key[2].split(' at ')[0], cc, nc,
              sorted((c[0].rsplit('/', 1)[-1], c[2].split(' at ')[0]) for c in callers))
