# Tuple/list unpacking, generators and coroutines (in the spirit of pyperformance's
# unpack_sequence, generators and coroutines): star-unpacking, swaps, generator pipelines,
# yield from, send(), throw(), async def / await driven by hand.
import sys

# tests/py/programs/unpack_generators.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 300000


def unpacking(n):
    a = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    lst = list(a)
    total = 0
    for i in range(n):
        a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 = a
        b0, b1, b2, b3, b4, b5, b6, b7, b8, b9 = lst
        first, *mid, last = lst
        x, y = i, a0
        x, y = y, x
        (p, q), r = (a1, a2), a3
        total += a9 + b8 + first + last + len(mid) + x + p + q + r
    return total


def tree(depth, label=0):
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label * 2)
    yield from tree(depth - 1, label * 2 + 1)


def pipeline(n):
    nums = (i * i for i in range(n))
    evens = (x for x in nums if x % 2 == 0)
    pairs = zip(evens, range(n))
    return sum(a - b for a, b in pairs)


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count


class Sleep:
    def __await__(self):
        yield "tick"


async def leaf(i):
    await Sleep()
    return i * 2


async def middle(n):
    s = 0
    for i in range(n):
        s += await leaf(i)
    return s


def drive(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


print(unpacking(SCALE))
print(sum(tree(14)), list(tree(3)))
print(pipeline(SCALE * 2))
avg = averager()
next(avg)
out = []
for i in range(SCALE):
    r = avg.send(i)
    if i % 10000 == 9999:
        out.append(r)
        avg.throw(ValueError)
print(out)
print(drive(middle(SCALE // 2)))
