# common patterns: wait_for around Queue.get/Event.wait, cancelling tasks gathered with return_exceptions, cancelling a gather
import asyncio
async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.05)
    except asyncio.TimeoutError:
        print("get timed out", q._getters if hasattr(q, "_getters") else None, q.empty())
    q.put_nowait(1)
    print(await asyncio.wait_for(q.get(), 1))
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.05)
        ev.set()
    asyncio.create_task(setter())
    print(await asyncio.wait_for(ev.wait(), 1))
    async def slow():
        await asyncio.sleep(1)
    tasks = [asyncio.create_task(slow()) for _ in range(3)]
    await asyncio.sleep(0)
    for t in tasks: t.cancel()
    print(await asyncio.gather(*tasks, return_exceptions=True))
    g = asyncio.gather(slow(), slow())
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
asyncio.run(main())
