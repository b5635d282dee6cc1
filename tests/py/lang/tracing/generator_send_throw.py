# sys.settrace: generator with send / exception handled in frame
import sys
ev = []
def t4(frame, event, arg):
    if frame.f_code.co_name in ('gen2', 'inner'):
        ev.append((event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event != 'exception' else arg[0].__name__))
    return t4
def inner():
    raise KeyError(1)
def gen2():
    x = yield 1
    try:
        inner()
    except KeyError:
        yield x
    yield from [7, 8]
sys.settrace(t4)
gi = gen2()
next(gi); gi.send(5); list(gi)
sys.settrace(None)
for e in ev:
    print(e)
