# Thread targets that are functools.partial objects or bound methods, blocking on a queue fed
# by the main thread.
import functools
import queue
import threading


def consume(tag, q, out, *, scale=1):
    while True:
        item = q.get()
        if item is None:
            break
        out.append((tag, item * scale))


q = queue.Queue()
out = []
t = threading.Thread(target=functools.partial(consume, "p", q, scale=10), args=(out,))
t.start()
for i in range(3):
    q.put(i)
q.put(None)
t.join()
print(out)


class Counter:
    def __init__(self):
        self.items = []
        self.q = queue.Queue()

    def run(self, limit):
        for _ in range(limit):
            self.items.append(self.q.get())


c = Counter()
t = threading.Thread(target=c.run, args=(2,))
t.start()
c.q.put("a")
c.q.put("b")
t.join()
print(c.items)
nested = functools.partial(functools.partial(consume, "n"), q)
t = threading.Thread(target=nested, args=(out,), kwargs={"scale": 2})
t.start()
q.put(5)
q.put(None)
t.join()
print(out[-1])
