# TaskGroup (3.11): results, failures as ExceptionGroup, sibling cancellation
import asyncio


async def ok(n, delay):
    await asyncio.sleep(delay)
    print("ok", n)
    return n


async def bad(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def slow(log):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1, 0.3))
        t2 = tg.create_task(ok(2, 0.05), name="second")
        print(t2.get_name())
    print(t1.result(), t2.result())
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log))
            tg.create_task(bad("first", 0.05))
            tg.create_task(ok(3, 0))
    except* ValueError as eg:
        print("caught", repr(eg.exceptions))
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad("a", 0))
            tg.create_task(bad("b", 0))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(4, 0))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error", repr(eg.exceptions))
    tg = asyncio.TaskGroup()
    c = ok(5, 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    print(asyncio.current_task().cancelling())


asyncio.run(main())
