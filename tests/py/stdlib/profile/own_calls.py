# cProfile.Profile: runcall and the with-statement count the program's calls, not the profiler's own
import cProfile, pstats, io
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
def main():
    return [fib(i) for i in range(8)], len("abc")
pr = cProfile.Profile()
pr.runcall(main)
st = pstats.Stats(pr)
for (fn, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: kv[0][2]):
    print(name, cc, nc, sorted(c[2] for c in callers))
with cProfile.Profile() as p2:
    fib(5); sorted([2, 1])
st = pstats.Stats(p2)
for (fn, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: kv[0][2]):
    print(name, cc, nc, sorted(c[2] for c in callers))
