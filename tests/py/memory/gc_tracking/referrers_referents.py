# gc.get_referents / get_referrers follow tp_traverse.
import gc


class Node:
    pass


a = Node()
b = Node()
lst = [a, b, a]
d = {"k": a}
refs = gc.get_referents(lst)
print("list referents:", refs == [a, b, a])
print("dict referents contain a:", any(x is a for x in gc.get_referents(d)))
t = (a, 1, "s")
print("tuple referents:", len(gc.get_referents(t)))
print("int has no referents:", gc.get_referents(1))
referrers = gc.get_referrers(a)
print("list refers to a:", any(r is lst for r in referrers))
print("dict refers to a:", any(r is d for r in referrers))
print("b not referred by d:", not any(r is d for r in gc.get_referrers(b)))
print("multiple args:", len(gc.get_referents(lst, t)))
