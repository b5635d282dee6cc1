# How deep len() recursion through a Python __len__ goes before RecursionError: once the caller's
# code is warm, CPython 3.11's specialised len() (PRECALL_NO_KW_LEN) takes no recursion level of
# its own, so only the __len__ frames count; a cold call (cfunction_vectorcall_O) takes one.
import sys

depth = 0


class Deep:
    def __len__(self):
        global depth
        depth += 1
        return len(self) + 1


def measure():
    global depth
    depth = 0
    try:
        len(Deep())
    except RecursionError as e:
        return depth, str(e)


sys.setrecursionlimit(200)
for i in range(4):
    print(measure())


class Items:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


total = 0
for i in range(50):
    total += len(Items(i)) + len([i] * i) + len({i: i}) + len("x" * i)
print(total)
for bad in (3, None, Items(-1), Items(2**70)):
    try:
        print(len(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
