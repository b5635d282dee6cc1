# The event loop learns of async generators through sys.set_asyncgen_hooks: run_forever installs
# its hooks (and restores the previous ones), an unfinished generator that dies is closed in a
# task (so its finally block may await), and asyncio.run's shutdown_asyncgens closes those still
# alive, reporting errors through the exception handler.
import asyncio
import sys

print(sys.get_asyncgen_hooks())

kept = []


async def ticker(name, fail=False):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        await asyncio.sleep(0)
        print("cleanup", name)
        if fail:
            raise ValueError("broken cleanup of " + name)


async def main():
    hooks = sys.get_asyncgen_hooks()
    print("loop hooks:", hooks.firstiter.__name__, hooks.finalizer.__name__)
    dropped = ticker("dropped")
    print(await dropped.__anext__())
    del dropped
    print("dropped, not closed yet")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    alive = ticker("kept alive")
    print(await alive.asend(None))
    kept.append(alive)
    finished = ticker("finished")
    async for x in finished:
        if x == 2:
            break
    await finished.aclose()
    print("main returns")


def handler(loop, context):
    print("handler:", context["message"].split(" <")[0], repr(context["exception"]))


async def with_handler():
    asyncio.get_running_loop().set_exception_handler(handler)
    await main()


asyncio.run(with_handler())


async def leave_broken():
    # One generator per run: the order shutdown_asyncgens closes several in is a set's.
    asyncio.get_running_loop().set_exception_handler(handler)
    broken = ticker("broken", fail=True)
    print(await broken.__anext__())
    kept.append(broken)


asyncio.run(leave_broken())
print("after run", sys.get_asyncgen_hooks())

# The hooks themselves: firstiter is called on the first asend/athrow/aclose/__anext__, the
# finalizer when a generator dies unfinished (instead of closing it).
seen = []


def first(g):
    seen.append(("firstiter", g.__name__))


def fin(g):
    seen.append(("finalizer", g.__name__))


sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)


async def agen():
    yield 1
    yield 2


g = agen()
step = g.asend(None)
try:
    step.send(None)
except StopIteration as e:
    print("value", e.value)
del step, g
g2 = agen()
g2.aclose().close()
del g2
print(seen)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is fin)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks(), type(sys.get_asyncgen_hooks()).__name__, len(sys.get_asyncgen_hooks()))
for args, kwargs in [
    ((), {"firstiter": 1}),
    ((), {"finalizer": "x"}),
    ((), {"firstiter": 1, "finalizer": 2}),
    ((print,), {"finalizer": 3}),
    ((None,), {"firstiter": None}),
    ((), {"bogus": 1}),
    ((1, 2, 3), {}),
]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print(e)
print(sys.get_asyncgen_hooks())
try:
    sys.get_asyncgen_hooks(1)
except TypeError as e:
    print(e)
