# a // b and a % b as BINARY_OP (the evaluation loop's number fast path) on ints of one and two
# 30-bit digits, negative and positive: the bytes tracemalloc sees each allocate, as python3.
import random
import tracemalloc

random.seed(3)
def measure(a, b):
    tracemalloc.start()
    tracemalloc.reset_peak()
    s0 = tracemalloc.get_traced_memory()
    q = a // b
    s1 = tracemalloc.get_traced_memory()
    r = a % b
    s2 = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return (q, r, s1[0] - s0[0], s2[0] - s1[0])
vals = [0, 1, -1, 7, -7, 2**30 - 1, 2**30, -(2**30), 2**40 + 3, -(2**40 + 3), 2**52, -(2**53 - 1), 12345678901, 99]
out = []
for a in vals:
    for b in vals:
        if b: out.append((a, b) + measure(a, b))
for i in range(300):
    a = random.randint(-2**53 + 1, 2**53 - 1) >> random.randint(0, 50)
    b = (random.randint(-2**53 + 1, 2**53 - 1) >> random.randint(0, 52)) or 3
    out.append((a, b) + measure(a, b))
for o in out: print(*o)
