# sys.getsizeof of deques follows CPython's blocks of 64 slots
import sys
from collections import deque

print(sys.getsizeof(deque()), sys.getsizeof(deque(range(63))), sys.getsizeof(deque(range(64))))
print(sys.getsizeof(deque(range(200))))
d = deque(range(100))
d.rotate(37)
print(sys.getsizeof(d))
d.rotate(-80)
print(sys.getsizeof(d))
d = deque()
for i in range(100):
    d.appendleft(i)
print(sys.getsizeof(d))
for i in range(70):
    d.pop()
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), sys.getsizeof(q))
print(deque.__basicsize__ if hasattr(deque, "__basicsize__") else None)
