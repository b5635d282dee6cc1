# threading.settrace/setprofile install the functions in threads started afterwards
import sys
import threading
seen = []
def tracer(frame, event, arg):
    if event == 'call':
        seen.append(frame.f_code.co_name)
    return None
def work():
    return sum(range(5))
threading.settrace(tracer)
print(threading.gettrace() is tracer)
t = threading.Thread(target=work)
t.start()
t.join()
threading.settrace(None)
sys.settrace(None)
print('work' in seen)
