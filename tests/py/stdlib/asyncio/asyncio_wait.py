# as_completed, wait (return_when), ensure_future
import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    if n == 99:
        raise RuntimeError("job failed")
    return n


async def main():
    results = []
    for fut in asyncio.as_completed([job(1, 0.6), job(2, 0.2), job(3, 0.4)]):
        results.append(await fut)
    print(results)
    try:
        for fut in asyncio.as_completed([job(1, 1)], timeout=0.05):
            await fut
    except asyncio.TimeoutError:
        print("as_completed timeout")
    tasks = [asyncio.create_task(job(n, d)) for n, d in [(1, 0.3), (2, 0.05), (3, 1.0)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    bad = [asyncio.create_task(job(99, 0.05)), asyncio.create_task(job(5, 0.5))]
    done, pending = await asyncio.wait(bad, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    try:
        await asyncio.wait(tasks, return_when="bogus")
    except ValueError as e:
        print(e)
    c = job(1, 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()
    f = asyncio.ensure_future(job(4, 0))
    print(type(f).__name__, await f, asyncio.ensure_future(f) is f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)
    try:
        for x in asyncio.as_completed(tasks[0]):
            pass
    except TypeError as e:
        print(e)


asyncio.run(main())
