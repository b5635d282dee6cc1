# The DEBUG_* flags.
import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(0)
print(sorted(n for n in dir(gc) if not n.startswith("_")))
