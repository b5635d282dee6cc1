# A task that polls loop.time() between sleep(0) calls must see the loop clock move,
# with and without another task's timer pending.
import asyncio


async def sleeper(results):
    await asyncio.sleep(0.03)
    results.append("sleeper woke")


async def poll_until(loop, seconds, results, label):
    end = loop.time() + seconds
    spins = 0
    while loop.time() < end:
        spins += 1
        await asyncio.sleep(0)
    results.append(f"{label} done, spun: {spins > 0}")


async def main():
    loop = asyncio.get_running_loop()
    results = []
    await poll_until(loop, 0.02, results, "alone")
    await asyncio.gather(sleeper(results), poll_until(loop, 0.01, results, "with timer"))
    t0 = loop.time()
    await asyncio.sleep(0.01)
    results.append(f"sleep moved the clock: {loop.time() - t0 >= 0.01}")
    print("\n".join(results))


asyncio.run(main())
