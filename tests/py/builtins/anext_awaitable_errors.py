# anext() awaits what __anext__ returns as python3's anext_awaitable does: through
# _PyCoro_GetAwaitableIter, with its messages.
import asyncio


class BadAwaitable:
    def __await__(self):
        return 42


class BadIter:
    def __aiter__(self):
        return self

    def __anext__(self):
        return BadAwaitable()


class PlainIter:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def main():
    for args in ((BadIter(), "default"), (BadIter(),), (PlainIter(), "d"), (PlainIter(),)):
        try:
            print(await anext(*args))
        except TypeError as e:
            print("TypeError", e)
    try:
        await BadAwaitable()
    except TypeError as e:
        print("await:", e)


asyncio.run(main())
