# Lists and sets are always tracked, whatever they hold.
import gc

print("empty list:", gc.is_tracked([]))
print("list of ints:", gc.is_tracked([1, 2, 3]))
print("empty set:", gc.is_tracked(set()))
print("set of strings:", gc.is_tracked({"a", "b"}))
print("frozenset of ints:", gc.is_tracked(frozenset([1, 2])))
s = {1, 2}
gc.collect()
print("set after collect:", gc.is_tracked(s))
print("list(range(3)):", gc.is_tracked(list(range(3))))
