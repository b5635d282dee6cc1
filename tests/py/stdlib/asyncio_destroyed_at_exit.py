# Tasks and futures the loop still holds when the program ends are destroyed while the
# interpreter shuts down (sys.modules already empty): python3 reports a pending Task and a
# Task whose exception was never retrieved, with the reprs of their callbacks (a partial
# shows its own arguments first) and the traceback with its source lines.
import asyncio
import functools


def cb(x, fut, y=0):
    pass


async def fails():
    await asyncio.sleep(0)
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("never retrieved") from e


async def forever():
    await asyncio.sleep(100)


async def main():
    global keep
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(cb, 1))
    fut.add_done_callback(functools.partial(cb, 1, y=3))
    fut.add_done_callback(print)
    print(fut)
    handle = loop.call_soon(functools.partial(cb, 1, 2))
    print(handle)
    handle.cancel()
    keep = asyncio.create_task(forever())
    keep.add_done_callback(functools.partial(cb, 2))
    task = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    del task  # freed here: reported while the program runs
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
later = loop.create_task(fails())
loop.run_until_complete(asyncio.sleep(0.01))
print("end")
