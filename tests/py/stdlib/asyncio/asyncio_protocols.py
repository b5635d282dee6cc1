# async generators, async for, async with, async comprehensions, awaitables, reprs
import asyncio


async def countdown(n, delay=0):
    while n > 0:
        yield n
        await asyncio.sleep(delay)
        n -= 1


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable"


async def main():
    async for x in countdown(3):
        print("countdown", x)
    print([x async for x in countdown(4)])
    print([x async for x in Ticker(3) if x != 2])
    async with Resource("r1") as r:
        print("using", r.name)
    async with Resource("r2"):
        raise KeyError("suppressed")
    try:
        async with Resource("r3"):
            raise ValueError("propagates")
    except ValueError as e:
        print("got", e)
    print(await Awaitable())
    gen = countdown(5)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    print(await asyncio.gather(*(asyncio.sleep(0, i) for i in range(3))))
    t = asyncio.create_task(asyncio.sleep(0.5), name="sleepy")
    await asyncio.sleep(0)
    text = repr(t)
    print(text[: text.index(" coro=")])
    print("wait_for=<Future pending" in text)
    t.cancel()
    await asyncio.sleep(0)
    text = repr(t)
    print(text[: text.index(" coro=")])
    done = asyncio.create_task(asyncio.sleep(0, "res"), name="done-one")
    await done
    r = repr(done)
    print(r[: r.index(" coro=")], r.endswith("result='res'>"))
    print(asyncio.get_running_loop().__class__.__name__)
    h = asyncio.get_running_loop().call_soon(print, "x")
    h.cancel()
    print(repr(h))
    print(repr(asyncio.Event()).endswith("[unset]>"), repr(asyncio.Lock()).endswith("[unlocked]>"))
    print(repr(asyncio.Semaphore(3)).endswith("[unlocked, value:3]>"))
    q = asyncio.Queue()
    q.put_nowait(1)
    print(str(q), asyncio.Queue[int])
    print(repr(asyncio.TaskGroup()))
    print(asyncio.Task, asyncio.Future, asyncio.Queue, asyncio.CancelledError, asyncio.TimeoutError)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.Lock.__module__, asyncio.Handle.__module__, asyncio.TaskGroup.__module__)


asyncio.run(main())
