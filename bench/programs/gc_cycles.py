# Reference cycles and the cycle collector (in the spirit of pyperformance's gc_collect and
# create_gc_cycles): build rings, doubly linked lists and self-referencing dicts that become
# garbage only as cycles, call gc.collect() explicitly, and check what was freed with weakrefs
# and __del__ counters.
import gc
import sys
import weakref

# tests/py/bench_like/gc_cycles.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 150

freed = 0


class Node:
    __slots__ = ("next", "prev", "payload", "__weakref__")

    def __init__(self, payload):
        self.payload = payload
        self.next = self.prev = None


class Finalized:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        global freed
        freed += 1


def ring(n):
    first = Node(0)
    cur = first
    for i in range(1, n):
        nxt = Node(i)
        cur.next = nxt
        nxt.prev = cur
        cur = nxt
    cur.next = first
    first.prev = cur
    return first


def main():
    gc.collect()
    total = 0
    refs = []
    for rep in range(SCALE):
        r = ring(200 + rep)
        refs.append(weakref.ref(r))
        del r
        for i in range(100):
            d = {"i": i}
            d["self"] = d
            lst = [d, i]
            lst.append(lst)
        objs = [Finalized(i) for i in range(50)]
        del objs
        if rep % 3 == 0:
            total += gc.collect()
    total += gc.collect()
    alive = sum(1 for w in refs if w() is not None)
    print("alive rings:", alive, "finalized:", freed, "collected>0:", total > 0)
    before = len(gc.get_objects()) if hasattr(gc, "get_objects") else 0
    chains = [ring(50) for _ in range(SCALE)]
    del chains
    n = gc.collect()
    print("second collect found cycles:", n >= SCALE * 50)
    gc.disable()
    for _ in range(SCALE * 20):
        a = []
        a.append(a)
    print("enabled:", gc.isenabled(), "collected:", gc.collect() >= SCALE * 20)
    gc.enable()
    print(before >= 0, gc.isenabled())


main()
