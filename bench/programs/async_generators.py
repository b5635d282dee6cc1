# Async generators under asyncio (in the spirit of pyperformance's async_generators): chained
# async generators with async for, async comprehensions, asend/athrow/aclose, and an
# asyncio event loop that runs them.
import asyncio
import sys

# tests/py/bench_like/async_generators.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 5000


async def numbers(n):
    for i in range(n):
        yield i


async def squares(src):
    async for x in src:
        yield x * x


async def evens(src):
    async for x in src:
        if x % 2 == 0:
            yield x


async def accumulator():
    total = 0
    try:
        while True:
            got = yield total
            total += got
    except ValueError:
        yield -total


async def tree(depth):
    if depth == 0:
        yield 1
        return
    async for x in tree(depth - 1):
        yield x
    async for x in tree(depth - 1):
        yield x + depth


async def main():
    total = 0
    for rep in range(10):
        async for v in evens(squares(numbers(SCALE))):
            total += v
    comp = [x async for x in numbers(SCALE) if x % 7 == 0]
    acc = accumulator()
    await acc.asend(None)
    last = 0
    for i in range(SCALE):
        last = await acc.asend(i)
    thrown = await acc.athrow(ValueError)
    await acc.aclose()
    t = sum([x async for x in tree(9)])
    print(total, len(comp), last, thrown, t)


asyncio.run(main())
