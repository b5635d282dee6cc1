import gc
import random
import weakref

gc.collect()
r = random.Random(5)
r.me = r
w = weakref.ref(r)
print(gc.is_tracked(r), w() is r)
del r
gc.collect()
print(w())
class MyRandom(random.Random):
    pass
m = MyRandom(1)
print(gc.is_tracked(m), m.random())
