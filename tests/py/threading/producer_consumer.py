# One producer, one consumer over a bounded queue; task_done / join.
import queue
import threading

q = queue.Queue(maxsize=2)
log = []


def producer():
    for i in range(6):
        q.put(i)
        log.append(("put", i))
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        log.append(("got", item))
        q.task_done()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(sorted(x for k, x in log if k == "got"))
print([x for k, x in log if k == "got"])
print(q.empty(), q.unfinished_tasks)

# task_done/join with several workers.
tasks = queue.Queue()
done = []


def worker():
    while True:
        n = tasks.get()
        done.append(n * 2)
        tasks.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for n in range(10):
    tasks.put(n)
tasks.join()
print(sorted(done))
try:
    tasks.task_done()
except ValueError as e:
    print("ValueError:", e)
