# sys.settrace: locals collector
import sys
seen = []
def collect(frame, event, arg):
    if frame.f_code.co_name == 'g':
        seen.append((event, frame.f_lineno, sorted(frame.f_locals.items())))
        return collect
    return None
def g(a):
    b = a * 2
    c = [b, a]
    del b
    return c
sys.settrace(collect)
g(5)
sys.settrace(None)
for s in seen:
    print(s)
