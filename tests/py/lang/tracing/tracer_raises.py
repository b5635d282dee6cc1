# sys.settrace: tracer raising
import sys
def boom(frame, event, arg):
    if event == 'line':
        raise RuntimeError('from tracer')
    return boom
def k():
    z = 1
    return z
sys.settrace(boom)
try:
    k()
except RuntimeError as e:
    print('caught', e, sys.gettrace())
