"""asyncio.locks: Lock, Event, Condition and the semaphores.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.locks import ...`).
"""
from asyncio import (
    Lock,
    Event,
    Condition,
    Semaphore,
    BoundedSemaphore,
)

__all__ = (
    "Lock",
    "Event",
    "Condition",
    "Semaphore",
    "BoundedSemaphore",
)
