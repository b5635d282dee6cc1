# Untracking works bottom-up over several collections for nested tuples.
import gc

x = "atom"
inner = (x,)
middle = (inner, x)
outer = (middle, inner)
del inner, middle
print("all tracked:", gc.is_tracked(outer), gc.is_tracked(outer[0]), gc.is_tracked(outer[1]))
gc.collect()
print("after one collection:", gc.is_tracked(outer), gc.is_tracked(outer[0]), gc.is_tracked(outer[1]))
gc.collect()
print("after two collections:", gc.is_tracked(outer), gc.is_tracked(outer[0]), gc.is_tracked(outer[1]))
