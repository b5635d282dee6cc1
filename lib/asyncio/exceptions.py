"""asyncio.exceptions: asyncio's exception classes.

heapstack keeps these names in the asyncio package itself; this module lets code import
them by the submodule CPython defines them in (`from asyncio.exceptions import ...`).
"""
from asyncio import (
    BrokenBarrierError,
    CancelledError,
    InvalidStateError,
    TimeoutError,
    IncompleteReadError,
    LimitOverrunError,
    SendfileNotAvailableError,
)

__all__ = (
    "BrokenBarrierError",
    "CancelledError",
    "InvalidStateError",
    "TimeoutError",
    "IncompleteReadError",
    "LimitOverrunError",
    "SendfileNotAvailableError",
)
