# explicit loops: new_event_loop, run_until_complete, call_soon/call_later/call_at, stop, handles
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
log = []


def cb(tag, *rest):
    log.append((tag,) + rest)


h1 = loop.call_soon(cb, "soon1")
h2 = loop.call_soon(cb, "soon2", 1, 2)
h3 = loop.call_soon(cb, "cancelled")
h3.cancel()
print(h3.cancelled(), h1.cancelled())
base = loop.time()
t1 = loop.call_at(base + 0.2, cb, "at0.2")
t2 = loop.call_at(base + 0.1, cb, "at0.1")
t3 = loop.call_at(base + 0.15, cb, "at0.15")
t4 = loop.call_later(0.3, cb, "later0.3")
print(t1.when() > t2.when(), type(t1).__name__, type(h1).__name__)


async def main():
    print("main running", asyncio.get_running_loop() is loop, loop.is_running())
    await asyncio.sleep(0.35)
    return "main result"


print(loop.run_until_complete(main()))
print(log)
fut = loop.create_future()
loop.call_later(0.05, fut.set_result, "from timer")
print(loop.run_until_complete(fut))
print(repr(fut))
try:
    loop.run_until_complete(asyncio.sleep(0.01, "x"))
except Exception as e:
    print(e)
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped")
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb, "x")
except RuntimeError as e:
    print(e)
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)

loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
f = loop2.create_future()
print(f.done(), repr(f))
try:
    f.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError", e)
f.set_result([1, 2])
print(repr(f), f.result(), f.exception())
try:
    f.set_result(3)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
g = loop2.create_future()
g.set_exception(KeyError("k"))
print(repr(g), repr(g.exception()))
h = loop2.create_future()
print(h.cancel(), h.cancelled(), repr(h))
try:
    h.exception()
except asyncio.CancelledError:
    print("exception() of cancelled raises")
try:
    loop2.create_future().set_exception(StopIteration)
except TypeError as e:
    print(e)


async def nested():
    try:
        loop2.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print(e)
    try:
        asyncio.run(asyncio.sleep(0))
    except RuntimeError as e:
        print(e)


coro = asyncio.sleep(0)
loop2.run_until_complete(nested())
coro.close()
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
loop2.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)


async def names():
    return asyncio.current_task().get_name()

print(asyncio.run(names()))
print(asyncio.run(names()))
with asyncio.Runner() as runner:
    print(runner.run(names()))
    print(runner.run(names()))
