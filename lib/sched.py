"""A general-purpose event scheduler (heapstack's own sched).

A scheduler keeps events ordered by (time, priority, sequence number) in a
heap.  run() waits with the delay function until the first event is due,
then calls its action; time and delay functions can be anything that
agrees on units (time.monotonic and time.sleep by default).
"""

import heapq
import time as _time_module
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple("Event", "time, priority, sequence, action, argument, kwargs")
Event.time.__doc__ = "When the event is due, in the units of the scheduler's timefunc."
Event.priority.__doc__ = "Orders events due at the same time (lower runs first)."
Event.sequence.__doc__ = "Order of entry: separates events with equal time and priority."
Event.action.__doc__ = "The callable run as action(*argument, **kwargs)."
Event.argument.__doc__ = "The positional arguments of the action."
Event.kwargs.__doc__ = "The keyword arguments of the action."

_NO_KWARGS = object()


class _NoLock:
    # heapstack runs one thread at a time; the scheduler's critical
    # sections only need a context manager
    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return False


class scheduler:

    def __init__(self, timefunc=_time_module.monotonic, delayfunc=_time_module.sleep):
        """A scheduler reading the clock with timefunc() and waiting with
        delayfunc(seconds)."""
        self._queue = []
        self._lock = _NoLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at the absolute time; the
        returned event can be passed to cancel()."""
        event = Event(time, priority, next(self._sequence_generator), action, argument,
                      {} if kwargs is _NO_KWARGS else kwargs)
        with self._lock:
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule an action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event (ValueError if it is not queued)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True when nothing is scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run events as they fall due until the queue is empty.

        With blocking=False, run only the events already due and return
        the time until the next one (None when the queue is empty).  The
        delay function is called with 0 after each action."""
        queue = self._queue
        while True:
            with self._lock:
                if not queue:
                    return None
                first = queue[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return first.time - now
                self.delayfunc(first.time - now)
                continue
            first.action(*first.argument, **first.kwargs)
            self.delayfunc(0)

    @property
    def queue(self):
        """The scheduled events in the order they will run."""
        with self._lock:
            pending = list(self._queue)
        return [heapq.heappop(pending) for _ in range(len(pending))]
