# Tuples start tracked and are untracked by a collection once they only hold atomic objects.
import gc

x = 1
y = "s"
built = (x, y)
print("built from atoms, before gc:", gc.is_tracked(built))
gc.collect()
print("after gc:", gc.is_tracked(built))
holder = ([],)
gc.collect()
print("tuple holding a list stays tracked:", gc.is_tracked(holder))
nested = ((x,), (y, (x,)))
print("nested before:", gc.is_tracked(nested), gc.is_tracked(nested[0]))
gc.collect()
print("nested after:", gc.is_tracked(nested), gc.is_tracked(nested[0]))
print("constant tuple:", gc.is_tracked((1, 2, "three")))
print("empty tuple:", gc.is_tracked(()))
print("tuple() of list:", gc.is_tracked(tuple([x, y])))
lst = [x]
t = tuple(lst)
gc.collect(0)
print("generation 0 collection untracks too:", gc.is_tracked(t))
