"""ThreadPoolExecutor (heapstack's own code)."""

import itertools
import os
import queue
import threading
import weakref

from concurrent.futures._base import BrokenExecutor, Executor, Future


class _Job:
    # One submitted call.
    def __init__(self, fut, fn, args, kwargs):
        self.future, self.call = fut, (fn, args, kwargs)

    def run(self):
        fut = self.future
        if fut.set_running_or_notify_cancel():
            fn, args, kwargs = self.call
            try:
                outcome = fn(*args, **kwargs)
            except BaseException as exc:
                fut.set_exception(exc)
                self = fut = None
            else:
                fut.set_result(outcome)


def _worker(executor_ref, jobs, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base_logger().critical("Exception in initializer:", exc_info=True)
            pool = executor_ref()
            if pool is not None:
                pool._break_pool()
            return
    while True:
        job = jobs.get()
        if job is not None:
            job.run()
            del job
            executor = executor_ref()
            if executor is not None:
                executor._idle.release()
            del executor
            continue
        # None: the pool shuts down; pass the word on to the next worker.
        jobs.put(None)
        return


def _base_logger():
    import logging
    return logging.getLogger("concurrent.futures")


class BrokenThreadPool(BrokenExecutor):
    """A worker's initializer failed."""


class ThreadPoolExecutor(Executor):
    """Runs calls on a pool of at most max_workers threads."""

    _pools_made = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            # CPython's default: at least 5, at most 32 (I/O-bound work).
            max_workers = min((os.cpu_count() or 1) + 4, 32)
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._jobs = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._state_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{next(self._pools_made)}"
        self._init = (initializer, initargs)

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker thread; returns its Future."""
        with self._state_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)  # the reason, as CPython
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            future = Future()
            self._jobs.put(_Job(future, fn, args, kwargs))
            self._grow()
            return future

    def _grow(self):
        # An idle worker will take the job; otherwise start one, up to max_workers.
        if self._idle.acquire(timeout=0):
            return
        count = len(self._threads)
        if count < self._max_workers:
            t = threading.Thread(
                name=f"{self._thread_name_prefix}_{count}",
                target=_worker,
                args=(weakref.ref(self), self._jobs, *self._init),
            )
            t.start()
            self._threads.add(t)

    def _break_pool(self):
        with self._state_lock:
            self._broken = ("A thread initializer failed, the thread pool "
                            "is not usable anymore")
            while True:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    job.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False):
        """Stop accepting work; wait for the workers when wait is true."""
        with self._state_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        job = self._jobs.get_nowait()
                    except queue.Empty:
                        break
                    if job is not None:
                        job.future.cancel()
            self._jobs.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
