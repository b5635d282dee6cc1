# Each asyncio task runs in its own copy of the context (or the one given to create_task/run),
# a callback runs in the context current when it was scheduled, and none of their
# ContextVar.set calls leak into the caller's context.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="-")


async def setter(x):
    v.set(x)
    await asyncio.sleep(0)
    return v.get()


async def main():
    print(await asyncio.gather(setter("a"), setter("b")), v.get())
    t = asyncio.create_task(setter("c"))
    print(await t, v.get())
    print(await asyncio.ensure_future(setter("d")), v.get())
    print(await asyncio.wait_for(setter("e"), 1), v.get())
    ctx = contextvars.copy_context()
    t = asyncio.create_task(setter("f"), context=ctx)
    print(await t, v.get(), ctx[v])
    v.set("main")
    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(("soon", v.get())))
    other = contextvars.Context()
    loop.call_soon(lambda: seen.append(("given", v.get())), context=other)
    loop.call_later(0.001, lambda: seen.append(("later", v.get())))
    loop.call_soon(v.set, "from callback")
    await asyncio.sleep(0.01)
    print(seen, v.get())
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(setter(str(i))) for i in range(3)]
    print([t.result() for t in tasks], v.get())


asyncio.run(main())
print(v.get())
ctx = contextvars.copy_context()
print(asyncio.run(setter("g"), debug=False), asyncio.Runner().run(setter("h"), context=ctx), ctx[v], v.get())
