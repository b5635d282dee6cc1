# asynccontextmanager and AsyncExitStack driven without an event loop
from contextlib import AsyncExitStack, aclosing, asynccontextmanager, nullcontext


@asynccontextmanager
async def resource(n):
    print("open", n)
    try:
        yield n * 10
    finally:
        print("close", n)


class Gen:
    async def aclose(self):
        print("aclose called")


async def main():
    async with resource(1) as v:
        print("got", v)
    async with AsyncExitStack() as st:
        a = await st.enter_async_context(resource(2))
        b = await st.enter_async_context(resource(3))
        st.push_async_callback(lambda: noop("cb"))
        print(a, b)
    async with nullcontext(4) as z:
        print(z)
    try:
        async with resource(5):
            raise ValueError("v")
    except ValueError as e:
        print("caught", e)
    async with aclosing(Gen()):
        print("in aclosing")


async def noop(x):
    print("async callback", x)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


run(main())
