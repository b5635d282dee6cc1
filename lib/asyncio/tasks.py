"""asyncio.tasks: Task, and running, waiting for and combining coroutines.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.tasks import ...`).
"""
from asyncio import (
    Task,
    create_task,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED,
    wait,
    wait_for,
    as_completed,
    sleep,
    gather,
    run_coroutine_threadsafe,
    shield,
    ensure_future,
    current_task,
    all_tasks,
    _register_task,
    _unregister_task,
    _enter_task,
    _leave_task,
)

__all__ = (
    "Task",
    "create_task",
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "ALL_COMPLETED",
    "wait",
    "wait_for",
    "as_completed",
    "sleep",
    "gather",
    "run_coroutine_threadsafe",
    "shield",
    "ensure_future",
    "current_task",
    "all_tasks",
    "_register_task",
    "_unregister_task",
    "_enter_task",
    "_leave_task",
)
