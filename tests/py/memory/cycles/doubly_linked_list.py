# A doubly linked list is a chain of 2-cycles: it needs the collector once the head is dropped.
import gc


class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


gc.collect()
head = Node(0)
cur = head
for i in range(1, 10):
    n = Node(i)
    n.prev = cur
    cur.next = n
    cur = n
del cur, n
print("alive while head is referenced:", gc.collect())
head = None
print("collected after dropping head:", gc.collect())
