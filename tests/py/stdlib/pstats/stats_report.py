# pstats' report from a fixed statistics table (what a profiler's create_stats() leaves),
# and cProfile/profile running code: the program's own output must be unchanged by them.
import contextlib
import cProfile
import io
import profile
import pstats


class FixedProfile:
    def create_stats(self):
        self.stats = {
            ('/src/app/main.py', 10, 'main'): (1, 1, 0.004, 0.750, {}),
            ('/src/app/work.py', 3, 'fib'): (1, 177, 0.500, 0.500, {('/src/app/main.py', 10, 'main'): (177, 1, 0.5, 0.5)}),
            ('/src/app/work.py', 20, 'load'): (2, 2, 0.125, 0.2455, {('/src/app/main.py', 10, 'main'): (2, 2, 0.125, 0.2455)}),
            ('~', 0, '<built-in method builtins.len>'): (40, 40, 0.0005, 0.0005, {('/src/app/work.py', 20, 'load'): (40, 40, 0.0005, 0.0005)}),
            ('~', 0, "<method 'append' of 'list' objects>"): (7, 7, 0.0001, 0.0001, {}),
        }


def report(*sort, amount=(), strip=False, callers=False, callees=False):
    out = io.StringIO()
    st = pstats.Stats(FixedProfile(), stream=out)
    if strip:
        st.strip_dirs()
    st.sort_stats(*sort)
    st.print_stats(*amount)
    if callers:
        st.print_callers(*amount)
    if callees:
        st.print_callees(*amount)
    print(out.getvalue(), end='')
    return st


st = report()
print(st.total_calls, st.prim_calls, round(st.total_tt, 4), len(st.stats))
report('cumulative')
report(pstats.SortKey.TIME, amount=(2,))
report('calls', 'name', amount=('fib|load',), strip=True)
report(-1, strip=True)
report(2, amount=(0.5,))
report('nfl', callers=True, strip=True)
report('pcalls', callees=True, strip=True)
report('file', 'line')
print([str(k) for k in pstats.SortKey], pstats.SortKey('ncalls'), pstats.SortKey('tottime') is pstats.SortKey.TIME)
try:
    pstats.Stats(FixedProfile()).sort_stats('bogus')
except KeyError as e:
    print('KeyError', e)
try:
    pstats.Stats(FixedProfile()).sort_stats('time', 1)
except TypeError as e:
    print('TypeError', e)
prof = pstats.Stats(FixedProfile()).sort_stats('time').get_stats_profile()
print(prof.total_tt, sorted(prof.func_profiles), prof.func_profiles['fib'].ncalls, prof.func_profiles['load'].percall_cumtime)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    print('fib(15) =', fib(15))
    return 42


for module in (cProfile, profile):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        module.run('main()')
    print(out.getvalue().splitlines()[0], 'function calls' in out.getvalue(), 'Ordered by: standard name' in out.getvalue())
    p = module.Profile()
    print(p.runcall(main))
    p.create_stats()
    print(type(p.stats).__name__, all(len(v) == 5 for v in p.stats.values()))
with cProfile.Profile() as p:
    print(fib(10))
out = io.StringIO()
pstats.Stats(p, stream=out).sort_stats('cumulative').print_stats(5)
print('function calls' in out.getvalue())

# a statistics file (marshal) read back, as pstats.Stats('file') does
import marshal
import os
path = '_pstats_dump.tmp'
fixed = FixedProfile()
fixed.create_stats()
with open(path, 'wb') as f:
    marshal.dump(fixed.stats, f)
out = io.StringIO()
loaded = pstats.Stats(path, stream=out)
loaded.sort_stats('calls').print_stats(3)
import re
print(re.sub(r'^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}    ', 'DATE    ', out.getvalue().replace(path, 'FILE')), end='')
loaded.dump_stats(path)
print(pstats.Stats(path).total_calls)
os.remove(path)
