"""ProcessPoolExecutor, run inside one heapstack process (heapstack's own code).

heapstack cannot start worker processes: each call runs in the submitting thread when it is
submitted, as multiprocessing.Pool here does. What crosses a process boundary in CPython is
still copied through pickle: the function and its arguments on the way out (so a worker's
changes to an argument do not reach the caller, and an unpicklable call fails in its Future),
the result or the exception on the way back, the worker's traceback attached as the cause.
Module globals a call changes are shared, unlike real processes.
"""

import os
import pickle
import threading
import traceback

from concurrent.futures._base import BrokenExecutor, Executor, Future

__all__ = ["ProcessPoolExecutor", "BrokenProcessPool"]


class BrokenProcessPool(BrokenExecutor):
    """A worker process ended abruptly, or its initializer failed."""


class _RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, as text (the cause it is shown as)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _attach_worker_traceback(exc, tb_of=None):
    tb_of = exc if tb_of is None else tb_of
    text = "".join(traceback.format_exception(type(tb_of), tb_of, tb_of.__traceback__))
    exc.__cause__ = _RemoteTraceback('\n"""\n%s"""' % text)
    return exc


def _through_pickle(value):
    return pickle.loads(pickle.dumps(value))


class ProcessPoolExecutor(Executor):
    """Runs calls in a pool of worker processes (here: at once, in the caller)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._broken = False
        self._shutdown = False
        self._lock = threading.Lock()

    def _start_worker(self):
        if self._initialized or self._initializer is None:
            self._initialized = True
            return
        self._initialized = True
        try:
            self._initializer(*self._initargs)
        except BaseException:
            traceback.print_exc()
            self._broken = ("A child process terminated abruptly, the process pool is not "
                            "usable anymore")

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) in a worker; returns its Future."""
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            future = Future()
        future.set_running_or_notify_cancel()
        try:
            call, call_args, call_kwargs = _through_pickle((fn, args, kwargs))
        except Exception as exc:
            future.set_exception(_attach_worker_traceback(exc))
            return future
        self._start_worker()
        if self._broken:
            future.set_exception(BrokenProcessPool(self._broken))
            return future
        try:
            result = call(*call_args, **call_kwargs)
        except BaseException as exc:
            # the exception travels back pickled; its traceback comes along as text
            try:
                copy = _through_pickle(exc)
            except Exception as unpicklable:
                copy = _attach_worker_traceback(unpicklable)
            else:
                _attach_worker_traceback(copy, exc)
            future.set_exception(copy)
            return future
        try:
            future.set_result(_through_pickle(result))
        except Exception as exc:
            future.set_exception(_attach_worker_traceback(exc))
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), each call made in a worker; results in order."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
