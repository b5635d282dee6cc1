# Tasks that sleep a few milliseconds finish in the order of their deadlines, as in CPython,
# although heapstack takes far longer than CPython to start each task (on the host clock a
# later sleep(0.001) could wake after an earlier sleep(0.005)).
import asyncio


async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.001 * item)
        results.append((name, item))
        q.task_done()


async def sleeper(i, delay, log):
    await asyncio.sleep(delay)
    log.append(i)


async def main():
    q = asyncio.Queue()
    results = []
    workers = []
    for i in range(3):
        workers.append(asyncio.create_task(worker(f"w{i}", q, results)))
    for item in [200, 40, 120, 100, 180, 20]:
        await q.put(item)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(results)

    log = []
    delays = [0.036, 0.009, 0.027, 0.018, 0.003, 0.045]
    tasks = []
    for i, d in enumerate(delays):
        tasks.append(asyncio.create_task(sleeper(i, d, log)))
    await asyncio.gather(*tasks)
    print(log)

    async def tick(name, period, n, out):
        for k in range(n):
            await asyncio.sleep(period)
            out.append(f"{name}{k}")

    out = []
    await asyncio.gather(tick("a", 0.1, 2, out), tick("b", 0.14, 1, out), tick("c", 0.04, 4, out))
    print(out)
    try:
        async with asyncio.timeout(0.02):
            await asyncio.gather(sleeper(0, 0.005, log), sleeper(1, 0.05, log))
    except TimeoutError:
        print("timed out", log[-1:])


asyncio.run(main())
