# `import asyncio` alone makes its submodules attributes of the package (python3 imports them
# all as it loads), and `from asyncio import *` follows asyncio.__all__ (which in 3.11 leaves
# TaskGroup out).
import asyncio

print(asyncio.tasks.Task is asyncio.Task, asyncio.exceptions.CancelledError, asyncio.events.AbstractEventLoop)
print(asyncio.futures.Future is asyncio.Future, asyncio.locks.Lock.__name__, asyncio.queues.Queue.__name__)
print(asyncio.runners.run is asyncio.run, asyncio.timeouts.timeout is asyncio.timeout)
print(asyncio.coroutines.iscoroutinefunction(asyncio.sleep), asyncio.taskgroups.TaskGroup is asyncio.TaskGroup)
print(all(name in asyncio.__all__ for name in ("run", "gather", "Queue", "wait_for", "to_thread")))

namespace = {}
exec("from asyncio import *", namespace)
print("TaskGroup" in namespace, "gather" in namespace, "tasks" in namespace, "sleep" in namespace)
try:
    asyncio.gather_all
except AttributeError as e:
    print(e)
