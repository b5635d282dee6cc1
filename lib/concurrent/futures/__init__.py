"""Run callables asynchronously: futures and a thread pool (heapstack's own code).

heapstack has no processes to pool: ProcessPoolExecutor is absent.
"""

from concurrent.futures._base import (
    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, BrokenExecutor, CancelledError, Executor,
    Future, InvalidStateError, TimeoutError, as_completed, wait,
)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
    "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
    "ThreadPoolExecutor",
)


def __dir__():
    return __all__ + ("__author__", "__doc__")
