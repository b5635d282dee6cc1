"""asyncio for heapstack: an event loop, futures and tasks driving `async def` coroutines.

Written for heapstack (not CPython's layout): the loop, futures and tasks are in
`_core.py`, the synchronisation primitives, queues, `timeout` and `TaskGroup` in
`_sync.py`.  Only what is exported here exists; networking, subprocesses, streams,
and threads beyond run_in_executor, to_thread and run_coroutine_threadsafe are not
provided (AttributeError).
"""

from ._core import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    AbstractEventLoop,
    AbstractEventLoopPolicy,
    BrokenBarrierError,
    CancelledError,
    DefaultEventLoopPolicy,
    Future,
    Handle,
    IncompleteReadError,
    InvalidStateError,
    LimitOverrunError,
    Runner,
    SendfileNotAvailableError,
    Task,
    TimeoutError,
    TimerHandle,
    _enter_task,
    _get_running_loop,
    _leave_task,
    _register_task,
    _set_running_loop,
    _unregister_task,
    all_tasks,
    as_completed,
    create_task,
    current_task,
    ensure_future,
    gather,
    get_event_loop,
    get_event_loop_policy,
    get_running_loop,
    iscoroutine,
    iscoroutinefunction,
    to_thread,
    wrap_future,
    isfuture,
    new_event_loop,
    run,
    run_coroutine_threadsafe,
    set_event_loop,
    set_event_loop_policy,
    shield,
    sleep,
    wait,
    wait_for,
)
from ._sync import (
    Barrier,
    BoundedSemaphore,
    Condition,
    Event,
    LifoQueue,
    Lock,
    PriorityQueue,
    Queue,
    QueueEmpty,
    QueueFull,
    Semaphore,
    TaskGroup,
    Timeout,
    timeout,
    timeout_at,
)

# CPython's asyncio imports its submodules as it loads: asyncio.tasks, asyncio.events ... are
# attributes of the package. Ours re-export the package's names (a few milliseconds in all).
from . import coroutines, events, exceptions, futures, locks, queues, runners, taskgroups, tasks, timeouts

# What `from asyncio import *` gives: python3's asyncio.__all__ (in its order) less what we lack;
# TaskGroup is not in it in 3.11 either.
__all__ = (
    "iscoroutinefunction", "iscoroutine", "AbstractEventLoopPolicy", "AbstractEventLoop",
    "Handle", "TimerHandle", "get_event_loop_policy", "set_event_loop_policy", "get_event_loop",
    "set_event_loop", "new_event_loop", "_set_running_loop", "get_running_loop",
    "_get_running_loop", "BrokenBarrierError", "CancelledError", "InvalidStateError",
    "TimeoutError", "IncompleteReadError", "LimitOverrunError", "SendfileNotAvailableError",
    "Future", "wrap_future", "isfuture", "Lock", "Event", "Condition", "Semaphore",
    "BoundedSemaphore", "Barrier", "Runner", "run", "Queue", "PriorityQueue", "LifoQueue",
    "QueueFull", "QueueEmpty", "Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION",
    "ALL_COMPLETED", "wait", "wait_for", "as_completed", "sleep", "gather", "shield",
    "ensure_future", "run_coroutine_threadsafe", "current_task", "all_tasks", "_register_task",
    "_unregister_task", "_enter_task", "_leave_task", "to_thread", "Timeout", "timeout",
    "timeout_at", "DefaultEventLoopPolicy",
)
