# Future.result() and Future.exception() are C code in CPython: a traceback through them names
# the caller's frames and the coroutine's, never a frame of the future itself.
import asyncio
import traceback


def names(exc):
    return [f.name for f in traceback.extract_tb(exc.__traceback__)]


async def fail(x):
    await asyncio.sleep(0)
    return 1 / x


async def awaits_task():
    t = asyncio.ensure_future(fail(0))
    await asyncio.sleep(0.001)
    try:
        t.result()
    except ZeroDivisionError as e:
        print("task.result():", names(e))
    try:
        await t
    except ZeroDivisionError as e:
        print("await task:", names(e))


async def gathers():
    try:
        await asyncio.gather(fail(1), fail(0))
    except ZeroDivisionError as e:
        print("gather:", names(e))


async def waits_for():
    try:
        await asyncio.wait_for(fail(0), 1)
    except ZeroDivisionError as e:
        print("wait_for:", names(e))


async def state_errors():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for method in (f.result, f.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print(method.__name__, type(e).__name__, e, names(e))
    f.cancel()
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("cancelled result:", names(e))


asyncio.run(awaits_task())
asyncio.run(gathers())
asyncio.run(waits_for())
asyncio.run(state_errors())
try:
    asyncio.run(fail(0))
except ZeroDivisionError as e:
    print("run:", names(e))
