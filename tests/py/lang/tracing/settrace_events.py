# sys.settrace: call/line/return/exception events (with f_lineno and arg) of functions, a generator
# and a caught exception; gettrace before and after
import sys
def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg if event != 'exception' else arg[0].__name__)
    return tracer
def add(a, b):
    c = a + b
    return c
def gen():
    yield 1
    yield 2
def bad():
    raise ValueError("x")
def main():
    x = add(1, 2)
    for v in gen():
        x += v
    try:
        bad()
    except ValueError:
        pass
    return x
print(sys.gettrace())
sys.settrace(tracer)
r = main()
sys.settrace(None)
print(r, sys.gettrace())
