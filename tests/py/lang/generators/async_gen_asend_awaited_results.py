# Awaiting an async generator's asend()/__anext__() awaitables from a coroutine driven by hand
# (send/throw, no event loop): each yielded value is the await's result, values sent in come
# back, an awaitable awaited twice is refused, a running generator refuses a second __anext__,
# the end is StopAsyncIteration, errors raised inside reach the awaiting coroutine, and
# yielded objects are not leaked (their reference counts come back).
import sys
import types


@types.coroutine
def suspend(tag):
    got = yield tag
    return got


async def agen(log):
    received = yield "first"
    log.append(("received", received))
    from_loop = await suspend("inside")
    log.append(("from_loop", from_loop))
    received = yield ["second", from_loop]
    log.append(("received", received))
    try:
        yield "third"
    except KeyError as exc:
        log.append(("caught", repr(exc)))
        yield "after-catch"
    raise ValueError("boom")


def drive(coro, replies=()):
    replies = list(replies)
    events = []
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as stop:
            events.append(("done", stop.value))
            return events
        events.append(("suspended", out))
        value = replies.pop(0) if replies else None


async def consumer(log):
    g = agen(log)
    results = [await g.asend(None), await g.asend("hello")]
    nxt = g.__anext__()
    results.append(await nxt)
    try:
        await nxt
    except RuntimeError as exc:
        results.append(("RuntimeError", str(exc)))
    results.append(await g.athrow(KeyError("k")))
    try:
        await g.__anext__()
    except ValueError as exc:
        results.append(("ValueError", str(exc)))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        results.append("StopAsyncIteration")
    return results


log = []
print(drive(consumer(log), ["loop-reply"]))
print(log)


async def counting():
    for i in range(5):
        yield object()


async def collect():
    seen = []
    async for item in counting():
        seen.append(sys.getrefcount(item))
    return seen


print(drive(collect()))


async def ranged(n):
    for i in range(n):
        yield i * i


async def early_exit():
    g = ranged(10)
    total = 0
    async for v in g:
        total += v
        if v > 10:
            break
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        pass
    return total, [x async for x in ranged(4)]


print(drive(early_exit()))


async def running_twice():
    async def slow():
        await suspend("slow")
        yield 1

    g = slow()
    first = g.__anext__()
    it = first.__await__()
    print("first step", it.send(None))
    try:
        await g.__anext__()
    except RuntimeError as exc:
        print("RuntimeError", exc)
    return await first


print(drive(running_twice()))
