# Storing a bound method on its own instance creates a cycle.
import gc


class C:
    def m(self):
        return 1


gc.collect()
c = C()
c.cb = c.m
del c
print("instance holding its bound method:", gc.collect())
