# asyncio.run() of a coroutine whose tasks are cancelled, time out or fail leaves no cyclic
# garbage in python3 (its task step is C code, and its futures hand a stored CancelledError
# over once): a timed-out wait_for left 44 objects for the collector in heapstack.
import asyncio
import gc


async def work(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(n)
    return n * 2


async def timeout_wait_for():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.001)
    except asyncio.TimeoutError:
        return "timeout"


async def timeout_context():
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError:
        return "timeout ctx"


async def cancel_task():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        return "cancelled"


async def gather_error():
    try:
        await asyncio.gather(work(1), work(-1))
    except ValueError as e:
        return f"gather {e!r}"


async def gather_return_exceptions():
    return await asyncio.gather(work(2), work(-2), return_exceptions=True)


async def queue_producer_consumer():
    q = asyncio.Queue(maxsize=2)
    out = []

    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)

    async def consumer():
        while (item := await q.get()) is not None:
            out.append(item)

    await asyncio.gather(producer(), consumer())
    return out


for case in (timeout_wait_for, timeout_context, cancel_task, gather_error,
             gather_return_exceptions, queue_producer_consumer):
    gc.collect()
    result = asyncio.run(case())
    print(case.__name__, result, gc.collect())
