# print() makes the file's bound `write` method (a tracked allocation) before it writes anything:
# an automatic collection it starts runs the finalizers before the line is printed.
import gc


class Node:
    def __init__(self, i):
        self.i = i
        self.me = self

    def __del__(self):
        print("del", self.i)


gc.collect()
gc.set_threshold(5)
for i in range(12):
    Node(i)
    print("made", i, gc.get_count())
for i in range(12, 16):
    Node(i)
    print("made", i, sep=":", end="!\n")
gc.set_threshold(700)
gc.collect()
