"""asyncio.timeouts: Timeout and the timeout context managers.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.timeouts import ...`).
"""
from asyncio import (
    Timeout,
    timeout,
    timeout_at,
)

__all__ = (
    "Timeout",
    "timeout",
    "timeout_at",
)
