import gc
import sys

# A suspended generator keeps its frame and locals alive; closing it frees them.


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def producer():
    local = Tracked("generator local")
    try:
        for i in range(3):
            yield i
    finally:
        print("generator finally")


g = producer()
print(next(g), next(g))
print("frame alive:", g.gi_frame is not None, sys.getsizeof(g) > 0)
g.close()
print("closed; frame:", g.gi_frame)
g2 = producer()
next(g2)
del g2
print("after del of a suspended generator")
g3 = producer()
g3.me = None
print(list(g3))


def loop_forever():
    n = 0
    while True:
        n = yield n


lf = loop_forever()
next(lf)
lf.send(5)
ref = lf
del lf
print(ref.gi_running, ref.gi_suspended)
del ref
gc.collect()
print("end")
