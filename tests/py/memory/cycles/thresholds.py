# get_threshold / set_threshold.
import gc

print("default:", gc.get_threshold())
gc.set_threshold(100)
print("one value:", gc.get_threshold())
gc.set_threshold(100, 5)
print("two values:", gc.get_threshold())
gc.set_threshold(500, 20, 30)
print("three values:", gc.get_threshold())
for args in [(), (1, 2, 3, 4), ("x",), (1.5,)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.set_threshold(threshold0=1)
except TypeError as e:
    print("TypeError:", e)
gc.set_threshold(700, 10, 10)
print("restored:", gc.get_threshold())
