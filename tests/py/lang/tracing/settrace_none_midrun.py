# sys.settrace: settrace(None) mid-run
import sys
out = []
def t3(frame, event, arg):
    out.append((event, frame.f_code.co_name, frame.f_lineno))
    return t3
def h():
    x = 1
    sys.settrace(None)
    y = 2
    return x + y
sys.settrace(t3)
h()
print(out, sys.gettrace())
