class Yield:
    def __await__(self):
        return (yield "tick")

def run(coro):
    trace = []
    value = None
    while True:
        try:
            trace.append(coro.send(value))
        except StopIteration as e:
            return e.value, trace
        value = len(trace)

async def agen(n):
    try:
        for i in range(n):
            got = await Yield()
            yield i, got
    finally:
        print("agen cleanup")

async def main():
    out = []
    async for pair in agen(3):
        out.append(pair)
    g = agen(5)
    first = await g.__anext__()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("stopped after aclose")
    return out, first

print(run(main()))

async def failing():
    await Yield()
    raise KeyError("async failure")

async def catcher():
    try:
        await failing()
    except KeyError as e:
        return "caught " + str(e)
print(run(catcher()))

async def athrow_demo():
    g = agen(3)
    await g.asend(None)
    try:
        await g.athrow(ValueError("injected"))
    except ValueError as e:
        return "athrow propagated: " + str(e)
print(run(athrow_demo()))

async def not_awaitable():
    await 5
try:
    run(not_awaitable())
except TypeError as e:
    print("TypeError:", e)

async def aw():
    return 1
c = aw()
print(type(c.__await__()).__name__)
c.close()
