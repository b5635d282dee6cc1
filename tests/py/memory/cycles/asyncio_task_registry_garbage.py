# asyncio's tasks as python3's C tasks hold them: the registry of tasks is a WeakSet (a pending
# task nobody else holds dies, "Task was destroyed but it is pending!", and a task's reference
# count does not include the registry), a future keeps its first callback in a field of its own
# (a list only for a second one), the loop has its _transports WeakValueDictionary, and
# TaskGroup raises its ExceptionGroup from a local of __aexit__'s frame. Each shapes the cyclic
# garbage an asyncio.run() leaves: a failed task 26 objects (heapstack 20), a TaskGroup whose
# task failed 34 (heapstack 0).
import asyncio
import gc
import sys


async def boom():
    raise ValueError("x")


async def awaits_failure():
    t = asyncio.ensure_future(boom())
    try:
        await t
    except ValueError:
        pass


async def task_group_failure():
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(boom())
    except* ValueError:
        pass


async def forever():
    await asyncio.get_running_loop().create_future()


async def registry():
    t = asyncio.ensure_future(forever())
    await asyncio.sleep(0)
    print("pending task refs", sys.getrefcount(t), "tasks", len(asyncio.all_tasks()))
    del t
    print("collected", gc.collect(), "tasks", len(asyncio.all_tasks()))
    t2 = asyncio.ensure_future(asyncio.sleep(0.001))
    print("scheduled task refs", sys.getrefcount(t2))
    await t2
    print("done task refs", sys.getrefcount(t2), "tasks", len(asyncio.all_tasks()))


gc.collect()
asyncio.run(awaits_failure())
print("after a failed task", gc.collect())
asyncio.run(task_group_failure())
print("after a failed task group", gc.collect())
asyncio.run(registry())
print("after the registry run", gc.collect())
