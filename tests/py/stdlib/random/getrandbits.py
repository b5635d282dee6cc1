import random

r = random.Random(99)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 128, 1000]:
    v = r.getrandbits(k)
    print(k, v if k < 200 else v % 10 ** 12, v.bit_length() <= k)
print(r.randbytes(0), r.randbytes(5), len(r.randbytes(100)), r.randbytes(3).hex())
for bad in [-1, 1.5, "3"]:
    try:
        r.getrandbits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r.randbytes(-1)
except ValueError as e:
    print("ValueError", e)
