# cProfile with enable()/disable() around a recursive function: only fib and disable are recorded
import cProfile, pstats, io
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
pr = cProfile.Profile()
pr.enable()
fib(10)
pr.disable()
s = io.StringIO()
st = pstats.Stats(pr, stream=s)
for (fn, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: kv[0][2]):
    print(name, cc, nc)
