# sys.settrace: exception event raising replaces exception
import sys
def exc_tracer(frame, event, arg):
    if event == 'exception':
        raise KeyError('replaced')
    return exc_tracer
def m():
    raise ValueError('orig')
sys.settrace(exc_tracer)
try:
    m()
except Exception as e:
    print(type(e).__name__, e, sys.gettrace())
sys.settrace(None)
