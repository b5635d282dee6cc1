# A hand-written worker pool: results collected by index, exceptions passed back.
import queue
import threading


class Pool:
    def __init__(self, n):
        self.tasks = queue.Queue()
        self.results = {}
        self.lock = threading.Lock()
        self.workers = [threading.Thread(target=self._work, name=f"pool-{i}") for i in range(n)]
        for w in self.workers:
            w.start()

    def _work(self):
        while True:
            job = self.tasks.get()
            if job is None:
                self.tasks.task_done()
                return
            idx, fn, arg = job
            try:
                value = ("ok", fn(arg))
            except Exception as e:
                value = ("error", repr(e))
            with self.lock:
                self.results[idx] = value
            self.tasks.task_done()

    def map(self, fn, args):
        for i, a in enumerate(args):
            self.tasks.put((i, fn, a))
        self.tasks.join()
        return [self.results[i] for i in range(len(args))]

    def close(self):
        for _ in self.workers:
            self.tasks.put(None)
        for w in self.workers:
            w.join()


def work(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return sum(i * i for i in range(x * 100))


pool = Pool(3)
for r in pool.map(work, range(6)):
    print(r)
pool.close()
print([w.is_alive() for w in pool.workers])
print(sorted(w.name for w in pool.workers))

# Sorting inside a thread with a key function, while another thread waits.
lock = threading.Lock()
out = []


def sorter():
    with lock:
        out.append(sorted([3, 1, 2], key=lambda v: -v))


lock.acquire()
t = threading.Thread(target=sorter)
t.start()
print("sorter waiting:", out)
lock.release()
t.join()
print(out)
