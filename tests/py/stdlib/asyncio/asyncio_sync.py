# Queue, Event, Lock, Semaphore, Condition
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)


async def consumer(q, name):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            print(name, "done")
            return
        print(name, "got", item)
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    await asyncio.gather(producer(q, 5), consumer(q, "c1"))
    await q.join()
    print("joined", q.empty())
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q3 = asyncio.Queue(1)
    q3.put_nowait("x")
    try:
        q3.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", str(q3))
    q3.get_nowait()
    q3.task_done()
    try:
        q3.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in [5, 1, 3]:
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])

    # worker pool with join
    work = asyncio.Queue()
    for i in range(6):
        work.put_nowait(i)
    done = []

    async def w(name):
        while True:
            i = await work.get()
            await asyncio.sleep(0)
            done.append((name, i))
            work.task_done()

    workers = [asyncio.create_task(w(f"w{k}")) for k in range(2)]
    await work.join()
    for t in workers:
        t.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(done)
    print([type(r).__name__ for r in res])

    ev = asyncio.Event()
    print(ev.is_set())

    async def waiter(n):
        print("waiting", n)
        await ev.wait()
        print("woke", n)

    ts = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    order = []

    async def critical(n):
        async with lock:
            order.append(("in", n))
            await asyncio.sleep(0)
            order.append(("out", n))

    await asyncio.gather(*(critical(n) for n in range(3)))
    print(order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0)
            active.remove(n)

    await asyncio.gather(*(limited(n) for n in range(5)))
    print("peak", peak[0], sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    items = []

    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            print("cond got", items.pop())

    c = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        items.append("thing")
        cond.notify()
    await c


asyncio.run(main())
