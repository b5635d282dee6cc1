# reprs of pending tasks and the futures they wait for, handles and timer handles
import asyncio


def plain_callback(a, b):
    pass


def done_callback(fut):
    pass


async def main():
    t = asyncio.create_task(asyncio.sleep(0.2), name="waiter")
    await asyncio.sleep(0)
    r = repr(t)
    print(r[: r.index(" coro=")], r[r.index("wait_for="):])
    t.cancel()
    loop = asyncio.get_running_loop()
    h = loop.call_soon(plain_callback, 1, "two")
    print(repr(h).replace(__file__, "FILE"))
    h.cancel()
    print(repr(h))
    th = loop.call_later(10, plain_callback, [1, 2], None)
    text = repr(th)
    print(text[: text.index("when=")], text[text.index(" plain"):].replace(__file__, "FILE"))
    th.cancel()
    fut = loop.create_future()
    fut.add_done_callback(done_callback)
    print(repr(fut).replace(__file__, "FILE"))
    fut.set_result("x" * 50)
    print(repr(fut))
    ok = asyncio.create_task(asyncio.sleep(0, 42), name="ok")
    await ok
    r = repr(ok)
    print(r[: r.index(" coro=")], r[r.index(" result="):])


asyncio.run(main())
