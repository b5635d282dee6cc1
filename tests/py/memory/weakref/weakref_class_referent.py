# Weak references to classes die when the class is collected.
import gc
import weakref


def make_class():
    class Temp:
        pass

    return Temp


T = make_class()
r = weakref.ref(T)
print("alive:", r() is T, r().__name__)
del T
gc.collect()
print("after collect:", r())
