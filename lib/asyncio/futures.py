"""asyncio.futures: Future and the helpers that wrap other futures.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.futures import ...`).
"""
from asyncio import (
    Future,
    wrap_future,
    isfuture,
)

__all__ = (
    "Future",
    "wrap_future",
    "isfuture",
)
