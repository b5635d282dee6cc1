"""Run callables asynchronously: futures, a thread pool and a process pool (heapstack's own
code; the process pool runs its calls in this process, see concurrent.futures.process).
"""

from concurrent.futures._base import (
    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, BrokenExecutor, CancelledError, Executor,
    Future, InvalidStateError, TimeoutError, as_completed, wait,
)
from concurrent.futures.process import ProcessPoolExecutor
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
    "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
    "ProcessPoolExecutor", "ThreadPoolExecutor",
)


def __dir__():
    return __all__ + ("__author__", "__doc__")
