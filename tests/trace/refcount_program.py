# Traced by tests/trace/refcount_events.test.ts with the "refcount" events: each print shows the
# reference count of one object as python3 counts it (sys.getrefcount(o) - 1: the argument's own
# reference is not the program's), at the line the print is on. The test compares it with the
# count the trace's events give that object at that line's step.
import sys


class Node:
    def __init__(self, value):
        self.value = value


def keep(x):
    y = x
    print("a", "in-keep", sys.getrefcount(x) - 1)
    return y


a = [1, 2]
print("a", "created", sys.getrefcount(a) - 1)
b = a
print("a", "aliased", sys.getrefcount(a) - 1)
c = [a, a, b]
print("a", "in-list", sys.getrefcount(a) - 1)
n = Node(a)
print("a", "attribute", sys.getrefcount(a) - 1)
del b
print("a", "unaliased", sys.getrefcount(a) - 1)
r = keep(a)
print("a", "returned", sys.getrefcount(a) - 1)
c.clear()
print("a", "list-cleared", sys.getrefcount(a) - 1)
d = {"k": a, "j": [a]}
print("a", "in-dict", sys.getrefcount(a) - 1)
del n
print("a", "node-freed", sys.getrefcount(a) - 1)
d.pop("j")
print("a", "popped", sys.getrefcount(a) - 1)
t = (a, c)
print("c", "in-tuple", sys.getrefcount(c) - 1)
del t
print("c", "tuple-freed", sys.getrefcount(c) - 1)
