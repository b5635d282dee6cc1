# unretrieved task exceptions, exceptions in callbacks, exception handlers, tracebacks through tasks
import asyncio
import traceback


async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def level2():
    await asyncio.sleep(0)
    raise KeyError("deep")


async def level1():
    return await level2()


def bad_callback(x):
    raise ZeroDivisionError(f"callback {x}")


async def main():
    asyncio.create_task(boom("never retrieved"))
    await asyncio.sleep(0.01)
    print("after unretrieved")
    t = asyncio.create_task(level1())
    try:
        await t
    except KeyError:
        traceback.print_exc()
    seen = []

    def handler(loop, context):
        seen.append((context["message"], repr(context.get("exception"))))

    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 2)
    asyncio.create_task(boom("handled"))
    await asyncio.sleep(0.01)
    print(seen)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "custom message", "extra": [1, 2]})
    t = asyncio.create_task(boom("retrieved"))
    await asyncio.sleep(0.01)
    print(repr(t.exception()))


asyncio.run(main())


async def fails_at_top():
    raise RuntimeError("from main")


try:
    asyncio.run(fails_at_top())
except RuntimeError as e:
    print("asyncio.run raised", e)


async def leaves_task_running():
    async def forever():
        try:
            await asyncio.sleep(100)
        finally:
            print("forever cleaned up")

    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "main done"


print(asyncio.run(leaves_task_running()))


async def not_awaited():
    asyncio.sleep(1)
    return "ok"


print(asyncio.run(not_awaited()))
