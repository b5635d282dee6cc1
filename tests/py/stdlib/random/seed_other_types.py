import random

for seed in ["", "a", "hello world", "ünïcødé", b"", b"bytes", bytearray(b"ba"), 1.5, -0.25, 0.0, float("inf"), 1e300, 3.0]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
for seed in ["abc", b"abc", ""]:
    random.seed(seed, version=1)
    print("v1", repr(seed), random.random())
try:
    random.seed(bytearray(b"xyz"), version=1)
except TypeError as e:
    print("v1 bytearray TypeError", e)
for bad in [(1, 2), [1], {1: 2}, object(), None.__class__]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", e)
random.seed(None)
random.seed()
print("reseeded")
