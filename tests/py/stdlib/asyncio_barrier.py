# asyncio.Barrier (3.11): batches of `parties` tasks, arrival indexes, repr states,
# reset()/abort() breaking waiters with BrokenBarrierError, async with, bad parties.
import asyncio
from asyncio.exceptions import BrokenBarrierError
from asyncio.locks import Barrier


def show(b):
    r = repr(b)
    print(r[r.index("["):], b.parties, b.n_waiting, b.broken)


async def arrive(b, name, log):
    index = await b.wait()
    log.append((name, index))
    return index


async def main():
    b = asyncio.Barrier(3)
    show(b)
    log = []
    tasks = [asyncio.create_task(arrive(b, n, log)) for n in "abcdef"]
    await asyncio.sleep(0)
    show(b)
    print(sorted(await asyncio.gather(*tasks)), log)
    show(b)

    async with asyncio.Barrier(1) as index:
        print("alone", index)

    b = Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    show(b)
    await b.reset()
    show(b)
    try:
        await t
    except BrokenBarrierError as e:
        print("reset:", type(e).__name__, e, isinstance(e, RuntimeError))
    show(b)
    await asyncio.gather(b.wait(), b.wait())
    print("usable after reset")

    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    show(b)
    for waiter in (t, b.wait()):
        try:
            await waiter
        except BrokenBarrierError as e:
            print("abort:", e)

    for bad in (0, -1):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print(bad, e)
    print(BrokenBarrierError.__module__, Barrier.__module__, asyncio.BrokenBarrierError is BrokenBarrierError)


asyncio.run(main())
