# sys._current_frames() maps each thread's ident to its innermost frame: the caller's frame for
# the running thread, the frame a blocked thread waits in for the others.
import sys, threading

def where():
    return sys._current_frames()

frames = where()
me = threading.get_ident()
print(list(frames) == [me], frames[me].f_code.co_name, frames[me].f_back.f_code.co_name)

ready = threading.Event()
go = threading.Event()

def worker_body():
    ready.set()
    go.wait()

def worker():
    worker_body()

t = threading.Thread(target=worker, name="w")
t.start()
ready.wait()
frames = sys._current_frames()
names = {th.ident: th.name for th in threading.enumerate()}
for ident in sorted(frames, key=lambda i: names[i]):
    f = frames[ident]
    chain = []
    while f is not None and len(chain) < 3:
        chain.append(f.f_code.co_name)
        f = f.f_back
    print(names[ident], chain)
print(sorted(names.values()), len(frames))
go.set()
t.join()
print(len(sys._current_frames()))
try:
    sys._current_frames(1)
except TypeError as e:
    print(e)
