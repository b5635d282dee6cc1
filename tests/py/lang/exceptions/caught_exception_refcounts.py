import sys
def f():
    raise KeyError("x")
try:
    f()
except KeyError as e:
    print("a", sys.getrefcount(e))
try:
    {}["k"]
except KeyError as e:
    print("b", sys.getrefcount(e))
def g():
    yield 1
    raise KeyError("y")
try:
    for x in g():
        pass
except KeyError as e:
    print("c", sys.getrefcount(e))
async def co():
    raise KeyError("z")
async def main():
    try:
        await co()
    except KeyError as e:
        print("d", sys.getrefcount(e))
    try:
        async for v in It():
            pass
    except KeyError as e:
        print("e", sys.getrefcount(e))
class It:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("boom")
try:
    main().send(None)
except StopIteration:
    pass
def h():
    try:
        raise KeyError("w")
    except KeyError:
        raise
try:
    h()
except KeyError as e:
    print("f", sys.getrefcount(e))
