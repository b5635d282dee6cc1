# Random ints of 0..200 bits through + - * & | ^ << ~ and unary -: the traced size of every
# result equals python3's (the block CPython's long arithmetic allocates, not the final length).
import tracemalloc, random, operator
random.seed(5)
def rnd():
    k = random.choice([0, 5, 29, 30, 31, 45, 53, 59, 60, 61, 90, 95, 120, 200])
    v = random.getrandbits(k) if k else random.randint(0, 300)
    return -v if random.random() < 0.4 else v
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("&", operator.and_), ("|", operator.or_), ("^", operator.xor)]
vals = [rnd() for _ in range(400)]
slot = [None]
tracemalloc.start()
out = []
for i in range(0, 398):
    a, b = vals[i], vals[i + 1]
    for name, f in ops:
        slot[0] = None
        m0 = tracemalloc.get_traced_memory()[0]
        slot[0] = f(a, b)
        out.append(tracemalloc.get_traced_memory()[0] - m0)
    for sh in (1, 29, 30, 31, 61):
        slot[0] = None
        m0 = tracemalloc.get_traced_memory()[0]
        slot[0] = a << sh
        out.append(tracemalloc.get_traced_memory()[0] - m0)
    slot[0] = None
    m0 = tracemalloc.get_traced_memory()[0]
    slot[0] = ~a
    out.append(tracemalloc.get_traced_memory()[0] - m0)
    slot[0] = None
    m0 = tracemalloc.get_traced_memory()[0]
    slot[0] = -a
    out.append(tracemalloc.get_traced_memory()[0] - m0)
print(len(out), sum(out))
for i in range(0, len(out), 40):
    print(out[i:i+40])
