# sys.settrace: the tracer's own calls (a helper, a lambda, a comprehension) get no events; deep
# recursion under a tracer and a profiler; f_trace set by hand on the running frame (as bdb's
# set_trace does) gets its line events; gettrace/getprofile return what was set
import sys
counts = {}
def helper(name):
    return [c for c in name if c != '_']
def tracer(frame, event, arg):
    key = (event, ''.join(helper(frame.f_code.co_name)))
    counts[key] = counts.get(key, 0) + 1
    return tracer
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
sys.settrace(tracer)
print(sys.gettrace() is tracer)
r = down(900)
sys.settrace(None)
print(r, sorted(counts.items()))

calls = [0]
def prof(frame, event, arg):
    calls[0] += 1
sys.setprofile(prof)
print(sys.getprofile() is prof)
down(900)
sys.setprofile(None)
print(calls, sys.getprofile())

lines = []
def local(frame, event, arg):
    lines.append((event, frame.f_lineno))
    return local
def glob(frame, event, arg):
    return None
def here():
    frame = sys._getframe()
    frame.f_trace = local
    sys.settrace(glob)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b
here()
print(lines)
