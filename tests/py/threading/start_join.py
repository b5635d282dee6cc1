# Threads started and joined: each short thread runs to completion at start().
import threading

results = []


def worker(n):
    t = threading.current_thread()
    results.append((n * n, t.name, t is not threading.main_thread()))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
print([t.name for t in threads])
print([t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, [t.is_alive() for t in threads])
print(threading.current_thread().name, threading.main_thread().name)
print(threading.active_count(), len(threading.enumerate()))
named = threading.Thread(target=worker, args=(9,), name="custom")
named.start()
named.join()
print(named.name, named.ident is not None, named.daemon)


class MyThread(threading.Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.result = None

    def run(self):
        self.result = self.value * 10


m = MyThread(5)
print(m.name)
m.start()
m.join()
print(m.result)
print(threading.Thread(target=len).name)
print(threading.get_ident() == threading.main_thread().ident)
