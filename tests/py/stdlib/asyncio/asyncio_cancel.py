# cancellation, wait_for, timeout, CancelledError handling
import asyncio


async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "ignored cancel"


async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), log)
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result raises CancelledError")
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    t.cancel("with message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message", e.args)
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    # cancel before it ever runs
    t = asyncio.create_task(sleeper(log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", log[-1:])
    # wait_for
    print(await asyncio.wait_for(asyncio.sleep(0.01, "fast"), 1))
    try:
        await asyncio.wait_for(sleeper(log), 0.05)
    except TimeoutError as e:
        print("wait_for timeout", type(e).__name__, type(e.__cause__).__name__)
    print(log[-2:])
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except asyncio.TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(asyncio.sleep(0, 5), None))
    # asyncio.timeout
    try:
        async with asyncio.timeout(0.05) as cm:
            print(cm.expired())
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout cm", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("no timeout", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm))
        cm.reschedule(None)
    print(repr(cm))
    # shield
    inner = asyncio.create_task(asyncio.sleep(0.05, "shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("outer timed out", inner.cancelled())
    print(await inner)
    print(asyncio.current_task().cancelling())


asyncio.run(main())
