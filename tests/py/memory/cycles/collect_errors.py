# Argument checking of the gc functions.
import gc

for call in [
    lambda: gc.collect(3),
    lambda: gc.collect(-1),
    lambda: gc.collect("0"),
    lambda: gc.collect(1.0),
    lambda: gc.collect(2**40),
    lambda: gc.collect(gen=1),
    lambda: gc.collect(1, 2),
    lambda: gc.is_tracked(),
    lambda: gc.enable(1),
    lambda: gc.get_count(None),
    lambda: gc.set_debug(),
    lambda: gc.set_debug("x"),
]:
    try:
        print("ok:", call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print("collect(generation=0):", gc.collect(generation=0))
