"""asyncio.coroutines: telling coroutines and coroutine functions apart.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.coroutines import ...`).
"""
from asyncio import (
    iscoroutinefunction,
    iscoroutine,
)

__all__ = (
    "iscoroutinefunction",
    "iscoroutine",
)
