"""asyncio.locks: Lock, Event, Condition, the semaphores and Barrier.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.locks import ...`).
"""
from asyncio import (
    Barrier,
    Lock,
    Event,
    Condition,
    Semaphore,
    BoundedSemaphore,
)

__all__ = (
    "Barrier",
    "Lock",
    "Event",
    "Condition",
    "Semaphore",
    "BoundedSemaphore",
)
