# A tuple holding a tracked object stays tracked.
import gc


class P:
    pass


p = P()
t = (p, 1)
gc.collect()
print("tuple with instance:", gc.is_tracked(t))
t2 = (1, (p,))
gc.collect()
print("nested instance:", gc.is_tracked(t2), gc.is_tracked(t2[1]))
t3 = ("a", ("b", ("c",)))
gc.collect()
gc.collect()
gc.collect()
print("all atoms after three collections:", gc.is_tracked(t3), gc.is_tracked(t3[1]), gc.is_tracked(t3[1][1]))
