# asyncio task trees (in the spirit of pyperformance's async_tree and async_generators):
# recursive gather of coroutines, create_task, sleep(0) switches, Semaphore, Queue with
# producer/consumer tasks, async generators and comprehensions, exceptions through gather.
import asyncio

import sys

# tests/py/programs/async_tree.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 7


class Counter:
    def __init__(self):
        self.calls = 0
        self.switches = 0


async def leaf(c, depth, i):
    c.calls += 1
    if i % 3 == 0:
        await asyncio.sleep(0)
        c.switches += 1
    return depth * 10 + i


async def tree(c, depth, width, idx=0):
    if depth == 0:
        return await leaf(c, depth, idx)
    results = await asyncio.gather(*[tree(c, depth - 1, width, i) for i in range(width)])
    return sum(results) + depth


async def limited(c, sem, i):
    async with sem:
        await asyncio.sleep(0)
        c.calls += 1
        return i * i


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return
        out.append(item * 2)


async def agen(n):
    for i in range(n):
        if i % 4 == 0:
            await asyncio.sleep(0)
        yield i


async def failing(i):
    await asyncio.sleep(0)
    if i == 3:
        raise ValueError("task %d failed" % i)
    return i


async def main():
    c = Counter()
    total = await tree(c, SCALE, 4)
    print("tree", total, c.calls, c.switches)
    sem = asyncio.Semaphore(5)
    squares = await asyncio.gather(*(limited(c, sem, i) for i in range(200)))
    print("sem", sum(squares), c.calls)
    q = asyncio.Queue(maxsize=10)
    out = []
    await asyncio.gather(producer(q, 500), consumer(q, out))
    print("queue", len(out), sum(out), q.empty())
    vals = [v async for v in agen(100) if v % 3]
    print("agen", len(vals), sum(vals))
    tasks = [asyncio.create_task(failing(i)) for i in range(6)]
    try:
        await asyncio.gather(*tasks)
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(0)
    print([t.done() for t in tasks], [t.result() for t in tasks if t.done() and not t.exception()])
    res = await asyncio.gather(*(failing(i) for i in range(5)), return_exceptions=True)
    print([type(r).__name__ for r in res])
    done = await asyncio.wait_for(leaf(c, 1, 1), timeout=5)
    print("wait_for", done)


asyncio.run(main())
