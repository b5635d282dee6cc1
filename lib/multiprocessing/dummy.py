"""multiprocessing.dummy: the multiprocessing API over threads."""

from multiprocessing.context import (  # noqa: F401
    ThreadPool as Pool, Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier,
    Queue, JoinableQueue, active_children, current_process, freeze_support, Value, Array,
)
from threading import Thread as Process  # noqa: F401
