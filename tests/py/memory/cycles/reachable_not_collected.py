# Cycles still reachable from a name are not collected; unreachable ones are.
import gc


class Node:
    pass


gc.collect()
keep = Node()
keep.me = keep
print("reachable cycle:", gc.collect())
holder = [Node()]
holder[0].me = holder[0]
print("cycle reachable through a list:", gc.collect())
holder.clear()
print("after clearing the list:", gc.collect())
print("keep still works:", keep.me is keep)
