def g():
    try:
        yield
    except GeneratorExit as e:
        print(repr(e), e.args)
        raise
x = g(); next(x); x.close()
async def ag():
    yield 1
async def m():
    a = ag()
    await a.__anext__()
    try:
        await a.__anext__()
    except StopAsyncIteration as e:
        return repr(e)
c = m()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
