"""asyncio.taskgroups: TaskGroup.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.taskgroups import ...`).
"""
from asyncio import (
    TaskGroup,
)

__all__ = (
    "TaskGroup",
)
