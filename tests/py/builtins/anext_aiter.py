def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def main():
    it = aiter(AIt())
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
c = main()
try:
    c.send(None)
except StopIteration:
    print("finished")
attempt(aiter, 1)
attempt(anext, 1)
