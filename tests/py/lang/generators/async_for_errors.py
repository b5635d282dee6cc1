class It:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n == 3:
            raise KeyError("boom in anext")
        return self.n

async def main():
    out = []
    try:
        async for v in It():
            out.append(v)
    except KeyError as e:
        out.append(repr(e))
    return out

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

async def uncaught():
    async for v in It():
        pass
c = uncaught()
c.send(None)
