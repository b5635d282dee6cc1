# sys.settrace: local trace function returning None; global returns None for some frames
import sys
log = []
def local(frame, event, arg):
    log.append(('local', event, frame.f_code.co_name, frame.f_lineno))
    if frame.f_lineno == 9:
        return None
    return local
def glob(frame, event, arg):
    log.append(('global', event, frame.f_code.co_name, frame.f_lineno))
    if frame.f_code.co_name == 'skipped':
        return None
    return local
def skipped():
    a = 1
    return a
def f(n):
    s = 0
    for i in range(n):
        s += i
    skipped()
    return s
sys.settrace(glob)
f(3)
sys.settrace(None)
for e in log:
    print(*e)
