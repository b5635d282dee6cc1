"""asyncio.queues: the FIFO, priority and LIFO queues.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.queues import ...`).
"""
from asyncio import (
    Queue,
    PriorityQueue,
    LifoQueue,
    QueueFull,
    QueueEmpty,
)

__all__ = (
    "Queue",
    "PriorityQueue",
    "LifoQueue",
    "QueueFull",
    "QueueEmpty",
)
