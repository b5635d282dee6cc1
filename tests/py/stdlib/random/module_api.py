import random

print(random.__all__)
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI)
print(type(random._inst).__name__, random.seed.__func__ is random.Random.seed, random.shuffle.__name__)
sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)), sr.getrandbits(0), sr.getrandbits(8) < 256, sr.seed(1))
for m in (sr.getstate, lambda: sr.setstate(None)):
    try:
        m()
    except NotImplementedError as e:
        print("NotImplementedError", e)
a, b = random.Random(), random.Random()
print(a.random() != b.random() or a.random() != b.random())
random.seed(5)
print(random.randint(1, 10), random.getstate()[0])
