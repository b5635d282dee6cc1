# queue.Empty / queue.Full, LifoQueue, PriorityQueue, SimpleQueue.
import queue

q = queue.Queue()
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
b = queue.Queue(2)
b.put(1)
b.put_nowait(2)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty after timeout")
print(queue.Queue[int])
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
