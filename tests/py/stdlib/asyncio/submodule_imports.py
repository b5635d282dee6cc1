# asyncio's names imported from the submodules CPython defines them in (asyncio.events,
# asyncio.exceptions, asyncio.tasks ...), as libraries and type hints often do.
import asyncio
import asyncio.events
from asyncio.events import AbstractEventLoop, get_event_loop, new_event_loop
from asyncio.exceptions import CancelledError, InvalidStateError
from asyncio.futures import Future
from asyncio.locks import Event, Lock, Semaphore
from asyncio.queues import Queue, QueueEmpty
from asyncio.runners import run
from asyncio.tasks import Task, create_task, gather, sleep, wait_for

print(asyncio.events.AbstractEventLoop is asyncio.AbstractEventLoop, AbstractEventLoop.__module__)
print(CancelledError is asyncio.CancelledError, CancelledError.__module__, InvalidStateError.__mro__[1])
print(Future is asyncio.Future, Task is asyncio.Task, Lock is asyncio.Lock, Queue is asyncio.Queue)
print(QueueEmpty.__module__, Event.__module__, Semaphore.__module__)
import asyncio.coroutines
import asyncio.exceptions
import asyncio.futures
import asyncio.locks
import asyncio.queues
import asyncio.runners
import asyncio.taskgroups
import asyncio.tasks
import asyncio.timeouts

for mod in (asyncio.events, asyncio.exceptions, asyncio.futures, asyncio.tasks, asyncio.queues,
            asyncio.locks, asyncio.runners, asyncio.taskgroups, asyncio.timeouts,
            asyncio.coroutines):
    missing = [n for n in mod.__all__ if getattr(mod, n) is not getattr(asyncio, n)]
    print(mod.__name__, len(mod.__all__) > 0, missing)


async def main():
    q = Queue()
    lock = Lock()
    async def worker(n):
        async with lock:
            await sleep(0)
            await q.put(n * n)
    await gather(*(create_task(worker(i)) for i in range(4)))
    out = []
    while True:
        try:
            out.append(q.get_nowait())
        except QueueEmpty:
            break
    print(sorted(out))
    try:
        await wait_for(sleep(1), 0.001)
    except asyncio.exceptions.TimeoutError:
        print("timed out")
    t = create_task(sleep(1))
    await sleep(0)
    t.cancel()
    try:
        await t
    except CancelledError:
        print("cancelled", t.cancelled())


run(main())
