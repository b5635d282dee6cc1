"""Synchronized queues for threads (heapstack's own queue module): FIFO, LIFO, priority."""

import threading
from types import GenericAlias
from collections import deque
from heapq import heappop, heappush
from time import monotonic as _time
from _stdlib_helpers import c_layout as _c_layout, c_type_name as _c_type_name

_NEGATIVE_TIMEOUT = "'timeout' must be a non-negative number"

__all__ = ['Empty', 'Full', 'Queue', 'LifoQueue', 'PriorityQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a get() that doesn't wait (block=False, get_nowait) or times out."""


class Full(Exception):
    """Raised by a put() on a full queue that doesn't wait or times out."""


class Queue:
    """A FIFO queue for threads; maxsize > 0 bounds it (put() then waits for room)."""

    def __init__(self, maxsize: int = 0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the state; three conditions share it.
        self.mutex = threading.Lock()
        mutex = self.mutex
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(mutex) for _ in range(3))
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        with self.all_tasks_done:
            cond = self.all_tasks_done
            if self.unfinished_tasks <= 0:
                raise ValueError("task_done() called too many times")
            self.unfinished_tasks -= 1
            if not self.unfinished_tasks:
                cond.notify_all()

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''Return the approximate size of the queue.'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise.'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise.'''
        with self.mutex:
            limit = self.maxsize
            return limit > 0 and self._qsize() >= limit

    def _wait_until(self, cond, ready, block, timeout, exc):
        # Waits on `cond` (its lock held) until ready() or the timeout; raises exc on failure.
        if not block:
            if not ready():
                raise exc
        elif timeout is None:
            while not ready():
                cond.wait()
        elif timeout < 0:
            raise ValueError(_NEGATIVE_TIMEOUT)
        else:
            end = _time() + timeout
            while not ready():
                left = end - _time()
                if left <= 0.0:
                    raise exc
                cond.wait(left)

    def put(self, item, block: bool = True, timeout=None):
        """Append item; when the queue is full, wait (up to timeout seconds) or raise Full."""
        with self.not_full:
            if self.maxsize > 0:
                self._wait_until(self.not_full, lambda: self._qsize() < self.maxsize,
                                 block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block: bool = True, timeout=None):
        """Take the next item; when there is none, wait (up to timeout seconds) or raise Empty."""
        with self.not_empty:
            self._wait_until(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put() that raises Full at once instead of waiting."""
        return self.put(item, False)

    def get_nowait(self):
        """get() that raises Empty at once instead of waiting."""
        return self.get(False)

    # The storage, overridden by the subclasses.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    '''A queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded FIFO queue.'''

    __slots__ = ("_items", "_available", "__weakref__")

    def __init__(self):
        self._items = deque()
        self._available = threading.Semaphore(0)

    def put(self, item, block: bool = True, timeout=None):
        """Append item (an unbounded queue never waits: block and timeout are ignored)."""
        self._items.append(item)
        self._available.release()

    def get(self, block: bool = True, timeout=None):
        """Take the next item, waiting for one unless block is false."""
        if timeout is not None and timeout < 0:
            raise ValueError(_NEGATIVE_TIMEOUT)
        got = self._available.acquire(True, timeout) if block else self._available.acquire(False)
        if not got:
            raise Empty
        return self._items.popleft()

    def put_nowait(self, item):
        """Same as put(item)."""
        return self.put(item, False)

    def get_nowait(self):
        """get() that raises Empty at once instead of waiting."""
        return self.get(False)

    def empty(self):
        """Whether there is no item right now."""
        return not self._items

    def qsize(self):
        """How many items there are right now."""
        return len(self._items)

    __class_getitem__ = classmethod(GenericAlias)


# CPython's SimpleQueue is _queue's C type: a 56-byte GC object (simplequeueobject)
_c_layout(SimpleQueue, 56, gc=True)
_c_type_name(SimpleQueue, "_queue.SimpleQueue")
SimpleQueue.__module__ = "_queue"
