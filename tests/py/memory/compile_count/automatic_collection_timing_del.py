import gc

print("first line:", gc.get_count())

log = []


def on_gc(phase, info):
    if phase == "start":
        log.append((info["generation"], Node.finalized))


gc.callbacks.append(on_gc)


class Node:
    finalized = 0

    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        Node.finalized += 1


def make_pair(i):
    a = Node("a" + str(i))
    b = Node("b" + str(i))
    a.partner = b
    b.partner = a


def main():
    for i in range(3000):
        make_pair(i)
        if i % 300 == 0:
            print(i, gc.get_count(), Node.finalized)
    gc.callbacks.remove(on_gc)
    print("collections:", len(log))
    print(log[:12])
    print("finalized before collect:", Node.finalized)
    print("collect:", gc.collect())
    print("finalized:", Node.finalized)


main()
