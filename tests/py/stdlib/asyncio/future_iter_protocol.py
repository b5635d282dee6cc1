# The iterator of `await future` (FutureIter): what an await of a pending future, then done,
# gives back (its result, its exception, its cancellation), driven by hand and by tasks.
import asyncio
import sys


def drive(it):
    """Steps an awaitable's iterator as a task would; returns what ended it."""
    try:
        while True:
            y = it.send(None)
            print("  yielded", type(y).__name__, getattr(y, "_asyncio_future_blocking", None))
            y.set_result("r") if not y.done() else None
    except StopIteration as e:
        return ("stop", e.value, e.args)
    except BaseException as e:
        return ("raised", type(e).__name__, e.args)


loop = asyncio.new_event_loop()

fut = loop.create_future()
it = fut.__await__()
print(type(it).__name__, iter(it) is it)
print(drive(it))

fut = loop.create_future()
fut.set_result([1, 2])
it = fut.__await__()
try:
    next(it)
except StopIteration as e:
    print("next ->", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("again ->", e.value, e.args)

fut = loop.create_future()
fut.set_result(None)
try:
    next(fut.__await__())
except StopIteration as e:
    print("None ->", e.value, e.args)

fut = loop.create_future()
fut.set_exception(ValueError("bad"))
print(drive(fut.__await__()))

fut = loop.create_future()
fut.cancel("why")
print(drive(fut.__await__()))

fut = loop.create_future()
it = fut.__await__()
print("send(5) ->", it.send(5) is fut)  # the value is ignored
fut.set_result(7)
try:
    it.send(None)
except StopIteration as e:
    print("then ->", e.value)


async def waiter(f):
    return await f


async def chain(n):
    total = 0
    for i in range(n):
        f = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(f.set_result, i)
        total += await f
    r = await asyncio.gather(*(waiter(asyncio.sleep(0, result=k)) for k in range(5)))
    return total, r


async def failing():
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.set_exception, KeyError("k"))
    try:
        await f
    except KeyError as e:
        print("caught", repr(e))
    g = asyncio.get_running_loop().create_future()
    x = [object()]
    asyncio.get_running_loop().call_soon(g.set_result, x)
    before = sys.getrefcount(x)
    y = await g
    print("same", y is x, sys.getrefcount(x) - before)


print(loop.run_until_complete(chain(50)))
loop.run_until_complete(failing())
loop.close()
