# Containers that contain themselves, several levels deep.
import gc

gc.collect()
a = []
a.append(a)
a.append([a, [a]])
d = {}
d[0] = d
d[1] = [d, (d,)]
s = []
t = (s,)
s.append(t)
del a, d, s, t
print("collected:", gc.collect())
