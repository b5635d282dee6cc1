# asyncio.run, create_task, gather, sleep ordering, Task API
import asyncio


async def worker(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name * 2


async def ticker(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)
    return label


async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    log = []
    t = asyncio.create_task(worker("a", 0.5, log))
    print(t.get_name(), t.done(), type(t).__name__)
    r = await asyncio.gather(worker("b", 0.1, log), t, worker("c", 0, log))
    print(r, t.done(), t.result(), t.exception())
    print(log)
    print(asyncio.current_task().get_name())
    # interleaving with sleep(0)
    print(await asyncio.gather(ticker("x", 3), ticker("y", 2)))
    # return_exceptions
    res = await asyncio.gather(failing(), worker("d", 0, log), return_exceptions=True)
    print([repr(x) for x in res])
    try:
        await asyncio.gather(failing(), worker("e", 0, log))
    except ValueError as e:
        print("gather raised", e)
    # empty gather
    print(await asyncio.gather())
    # task named
    t2 = asyncio.create_task(ticker("z", 1), name="custom")
    print(t2.get_name())
    t2.set_name(42)
    print(t2.get_name())
    await t2
    print(t2.done(), t2.cancelled(), t2.result())
    calls = []
    t3 = asyncio.create_task(asyncio.sleep(0, "v"))
    t3.add_done_callback(lambda f: calls.append(("cb", f.result())))
    await t3
    await asyncio.sleep(0)
    print(calls)
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    return 7


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
c = main()
print(asyncio.iscoroutine(c))
c.close()
