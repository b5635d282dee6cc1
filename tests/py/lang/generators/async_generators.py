async def ticker(n):
    for i in range(n):
        yield i
        await Sleep()

class Sleep:
    def __await__(self):
        yield "tick"

async def consume():
    out = []
    async for v in ticker(3):
        out.append(v)
    return out

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(consume()))

async def comprehension():
    return [v * 10 async for v in ticker(4)]
print(run(comprehension()))

async def manual():
    agen = ticker(2)
    first = await agen.__anext__()
    second = await agen.__anext__()
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        return first, second, "stopped"
print(run(manual()))

class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

async def use_cm():
    async with AsyncCM() as r:
        print("using", r)
    return "done"
print(run(use_cm()))
