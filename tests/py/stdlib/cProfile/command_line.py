# 'python -m cProfile [-s SORT] [-m] prog args' through cProfile.main(): the program runs with its
# own argv and __name__, then the table is printed (timing columns left out: they vary).
import contextlib
import cProfile
import io
import os
import pstats
import sys
import tempfile

PROGRAM = '''import sys
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def main():
    print("argv", sys.argv, __name__, __file__ == sys.argv[0])
    print(fib(10))
    print(sorted([3, 1, 2]))
main()
'''

os.chdir(tempfile.mkdtemp())
script = 'fibprog.py'
with open(script, 'w') as f:
    f.write(PROGRAM)


def run(*args, ties=False, table=True):
    saved_argv, saved_path = sys.argv[:], sys.path[:]
    sys.argv = ['cProfile.py', *args]
    out, err = io.StringIO(), io.StringIO()
    code = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            cProfile.main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv, sys.path = saved_argv, saved_path
    print('--', args, 'exit', code)
    rows = []
    for line in out.getvalue().splitlines():
        fields = line.split()
        if not table and line.startswith('argv'):
            print(line)
        elif not table:
            continue
        elif 'function calls' in line:
            print(' '.join(fields[:-2]))          # "N function calls (M primitive calls) in"
        elif len(fields) >= 6 and (fields[0][0].isdigit()):
            rows.append(fields[0] + ' ' + fields[-1])  # ncalls and the function
        elif line.strip():
            print(line.strip())
    # rows that tie on the sort key come in hash-table order in CPython's report
    print('\n'.join(sorted(rows) if ties else rows))
    if err.getvalue():
        print('stderr:', err.getvalue().strip())


# (cumulative time: print's and sorted()'s rows order by how long they took, which varies)
run(script, 'a', 'b', ties=True)
run('-s', 'calls', script, ties=True)
run('--sort', 'ncalls', script, '-s', 'x', ties=True)
# -o saves the statistics instead of printing them; pstats reads them back
run('-o', 'fib.prof', script, 'saved')
stats = pstats.Stats('fib.prof')
print(stats.total_calls, stats.prim_calls, sorted(name for _, _, name in stats.stats))
# -m runs a module as 'python -m' would (the rows of runpy's own functions differ: not shown)
with open('fibmod.py', 'w') as f:
    f.write('import sys\nprint("argv", sys.argv[1:], __name__)\n')
sys.path.insert(0, os.getcwd())
run('-m', 'fibmod', 'x', '-y', table=False)
run()
run('-s', 'bogus', script)
run('-s')
run('-o')
