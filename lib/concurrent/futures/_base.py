"""Futures, the Executor base class, wait() and as_completed() (heapstack's own code)."""

import collections
import threading
import time
import types

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"
_AS_COMPLETED = "_AS_COMPLETED"

# The states of a future, and how its repr names them.
PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"
_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished",
}


class Error(Exception):
    """Base class of the package's exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is in a state that doesn't allow the operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work."""


class _Collector:
    # Something waiting on several futures: they report to it when they finish.
    def __init__(self, mode, futures):
        self.mode = mode
        self.cond = threading.Condition()
        self.finished = []
        self.pending = len(futures)

    def report(self, future):
        with self.cond:
            self.finished.append(future)
            self.pending -= 1
            if (self.mode in (FIRST_COMPLETED, _AS_COMPLETED) or self.pending == 0
                    or (self.mode == FIRST_EXCEPTION and not future.cancelled()
                        and future.exception() is not None)):
                self.cond.notify_all()

    def ready(self):
        if self.mode == ALL_COMPLETED:
            return self.pending == 0
        if self.mode == FIRST_EXCEPTION:
            return self.pending == 0 or any(
                not f.cancelled() and f.exception() is not None for f in self.finished)
        return bool(self.finished)


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._collectors = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger("concurrent.futures").exception(
                    "exception calling callback for %r", self)

    def __repr__(self):
        with self._condition:
            where = f"<Future at {id(self):#x} state={_STATE_TO_DESCRIPTION_MAP[self._state]}"
            if self._state == FINISHED:
                if self._exception is not None:
                    return f"{where} raised {type(self._exception).__name__}>"
                return f"{where} returned {type(self._result).__name__}>"
            return where + ">"

    def cancel(self):
        """Cancel the call unless it is running or done; True if it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Whether the call was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Whether the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Whether the call finished or was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            if self._exception is not None:
                try:
                    raise self._exception
                finally:
                    self = None
            return self._result
        return None

    def _wait_done(self, timeout):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._condition.wait(timeout)
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds; raises what the call raised."""
        try:
            self._wait_done(timeout)
            return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to timeout seconds."""
        self._wait_done(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (now, if it is already)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger("concurrent.futures").exception(
                "exception calling callback for %r", self)

    # For executors and tests.
    def set_running_or_notify_cancel(self):
        """Mark the future running; False if it was cancelled (its waiters are told)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for c in self._collectors:
                    c.report(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError(f"Future in unexpected state: {self._state}")

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for c in self._collectors:
                c.report(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """Make result the future's outcome."""
        self._finish(result, None)

    def set_exception(self, exception):
        """Make the future raise exception."""
        self._finish(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


DoneAndNotDoneFutures = collections.namedtuple("DoneAndNotDoneFutures", "done not_done")


def _is_done(f):
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


def _collect(fs, mode):
    collector = _Collector(mode, fs)
    for f in fs:
        f._collectors.append(collector)
    return collector


def _uncollect(fs, collector):
    for f in fs:
        with f._condition:
            f._collectors.remove(collector)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for futures: returns (done, not_done) sets once return_when is met or on timeout."""
    fs = set(fs)
    done = {f for f in fs if _is_done(f)}
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f.exception() is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)
    collector = _collect(not_done, return_when)
    try:
        with collector.cond:
            collector.cond.wait_for(collector.ready, timeout)
    finally:
        _uncollect(not_done, collector)
    done.update(collector.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures as they finish (those already done first)."""
    end = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    finished = [f for f in fs if _is_done(f)]
    pending = fs - set(finished)
    collector = _collect(pending, _AS_COMPLETED)
    try:
        yield from finished
        while pending:
            if end is None:
                left = None
            else:
                left = end - time.monotonic()
                if left < 0:
                    raise TimeoutError(f"{len(pending)} (of {total}) futures unfinished")
            with collector.cond:
                if not collector.finished:
                    collector.cond.wait(left)
                batch = collector.finished
                collector.finished = []
            if not batch and end is not None and end - time.monotonic() < 0:
                raise TimeoutError(f"{len(pending)} (of {total}) futures unfinished")
            for f in batch:
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _uncollect(pending, collector)


class Executor:
    """Base class of executors: submit() runs a call, map() many."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls made by the executor; results in order."""
        end = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    f = futures.pop()
                    if end is None:
                        yield f.result()
                    else:
                        yield f.result(end - time.monotonic())
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources (after the pending calls when wait is true)."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
