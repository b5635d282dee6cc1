"""heapstack's event loop: futures, tasks, handles and the loop that runs them.

Our own small design.  One loop class (``_UnixSelectorEventLoop``) keeps a FIFO of ready handles and a
heap of timers ordered by deadline; each turn (``_tick``) moves the timers whose
deadline has passed onto the ready FIFO and runs exactly the handles that were ready
when the turn began, as CPython's selector loop does, so the order in which callbacks
and task steps run is CPython's.  Waiting for the next timer sleeps on the host clock.

``loop.time()`` is a loop clock: while the loop waits it moves to the deadline it waited
for (or by the time a wait for threads took); while callbacks run it moves at
1/_CALLBACK_TIME_SCALE of the host clock's speed.  CPython runs a program's callbacks in a
few microseconds; heapstack needs far longer, and on the host clock a task that starts
``sleep(0.005)`` a little later than another's ``sleep(0.001)`` could wake first.  On the
slowed clock deadlines keep the order they have in CPython, each wait still sleeps as long
as the program asked, and a task that polls ``loop.time()`` between ``sleep(0)`` calls
still sees time pass.
"""

import contextvars as _contextvars
import sys
import time as _time
import weakref as _weakref
from _collections import deque as _deque
# partial and format_exception are imported here, not where they are used: the reprs and the
# exception handler also run while the interpreter shuts down (a pending Task destroyed at
# exit), when sys.modules is empty and an import fails
from _functools import partial as _partial
from _heapq import heapify as _heapify, heappop as _heappop, heappush as _heappush
from _stdlib_helpers import format_exception as _format_exception

from _asyncio_native import c_function as _c_function
from _asyncio_native import future_iter as _future_iter
from _asyncio_native import _get_running_loop as _native_get_running_loop
from _asyncio_native import _set_running_loop as _native_set_running_loop
from _asyncio_native import get_running_loop as _native_get_running_loop_or_fail


class CancelledError(BaseException):
    """The operation was cancelled."""

    __module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""

    __module__ = "asyncio.exceptions"


class SendfileNotAvailableError(RuntimeError):
    __module__ = "asyncio.exceptions"


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks waited at it."""

    __module__ = "asyncio.exceptions"


class IncompleteReadError(EOFError):
    __module__ = "asyncio.exceptions"

    def __init__(self, partial, expected):
        r_expected = "undefined" if expected is None else repr(expected)
        super().__init__(f"{len(partial)} bytes read on a total of {r_expected} expected bytes")
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    __module__ = "asyncio.exceptions"

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


TimeoutError = TimeoutError  # asyncio.TimeoutError is the builtin since 3.11

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

async def _probe():
    pass


_p = _probe()
_CoroutineType = type(_p)
_p.close()
del _p


_GeneratorType = type(_i for _i in ())


def iscoroutine(obj):
    """True for coroutines, generators (the old generator-based coroutines) and any object with
    Coroutine's interface (send, throw, close, __await__: an async generator's aclose(), say)."""
    if type(obj) is _CoroutineType:
        return True
    import _collections_abc

    return isinstance(obj, (_GeneratorType, _collections_abc.Coroutine))


def iscoroutinefunction(func):
    if getattr(func, "_is_coroutine", None) is _is_coroutine:
        return True
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    f = getattr(func, "__func__", func)
    code = getattr(f, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


_is_coroutine = object()


def isfuture(obj):
    return hasattr(obj.__class__, "_asyncio_future_blocking") and obj._asyncio_future_blocking is not None


# ----------------------------------------------------------------------------------------
# Formatting helpers (the reprs of handles, futures and tasks)


def _short_repr(obj):
    """reprlib.repr's limits for strings, ints and other objects (lists and such unlimited)."""
    if isinstance(obj, str):
        text = repr(obj[:30])
        if len(text) > 30:
            head = (30 - 3) // 2
            tail = 30 - 3 - head
            text = repr(obj[:head] + obj[len(obj) - tail :])
            text = text[:head] + "..." + text[len(text) - tail :]
        return text
    text = repr(obj)
    if isinstance(obj, (list, tuple, dict, set, frozenset, float)):
        return text
    limit = 40 if isinstance(obj, int) else 30
    if len(text) > limit:
        head = (limit - 3) // 2
        tail = limit - 3 - head
        text = text[:head] + "..." + text[len(text) - tail :]
    return text


def _callable_name(func):
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None)
    return name if name else repr(func)


def _arg_list(args, kwargs=None):
    parts = [_short_repr(a) for a in args or ()]
    if kwargs:
        parts += [f"{k}={_short_repr(v)}" for k, v in kwargs.items()]
    return "(" + ", ".join(parts) + ")"


def _source_of(func):
    while True:
        inner = getattr(func, "__wrapped__", None)
        if inner is None:
            break
        func = inner
    if isinstance(func, _partial):
        return _source_of(func.func)
    code = getattr(func, "__code__", None)
    if code is not None and type(func).__name__ == "function":
        return code.co_filename, code.co_firstlineno
    return None


def _describe_callback(func, args):
    # a partial's own arguments come first, then the call's: partial(cb, 1) called with () is
    # "cb(1)()" as format_helpers._format_callback writes it
    kwargs = None
    suffix = ""
    while isinstance(func, _partial):
        suffix = _arg_list(args, kwargs) + suffix
        func, args, kwargs = func.func, func.args, func.keywords
    text = _callable_name(func) + _arg_list(args, kwargs) + suffix
    where = _source_of(func)
    if where is not None:
        text += f" at {where[0]}:{where[1]}"
    return text


def _describe_coro(coro):
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None) or type(coro).__name__
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None)
    if frame is None:
        frame = getattr(coro, "gi_frame", None)
    if code is None:
        return f"{name}()"
    if frame is not None:
        return f"{name}() running at {code.co_filename}:{frame.f_lineno}"
    return f"{name}() done, defined at {code.co_filename}:{code.co_firstlineno}"


def _callbacks_info(callbacks):
    n = len(callbacks)
    if n == 0:
        return ""

    def one(cb):
        return _describe_callback(cb, ())

    if n == 1:
        inner = one(callbacks[0])
    elif n == 2:
        inner = f"{one(callbacks[0])}, {one(callbacks[1])}"
    else:
        inner = f"{one(callbacks[0])}, <{n - 2} more>, {one(callbacks[-1])}"
    return f"cb=[{inner}]"


# ----------------------------------------------------------------------------------------
# Handles


class Handle:
    """A callback scheduled on a loop (what call_soon returns)."""

    __module__ = "asyncio.events"

    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_repr", "__weakref__", "_context")

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        # as CPython's Handle: a callback runs in the context current when it was scheduled
        self._context = _contextvars.copy_context() if context is None else context

    def _parts(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append("cancelled")
        if self._callback is not None:
            parts.append(_describe_callback(self._callback, self._args))
        return parts

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return "<" + " ".join(self._parts()) + ">"

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        outer = _contextvars._current
        _contextvars._current = self._context
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler(
                {
                    "message": "Exception in callback " + _describe_callback(self._callback, self._args),
                    "exception": exc,
                    "handle": self,
                }
            )
        finally:
            _contextvars._current = outer
        self = None


class TimerHandle(Handle):
    """A callback scheduled for a point in time (what call_later/call_at return)."""

    __module__ = "asyncio.events"

    __slots__ = ("_scheduled", "_when")

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _parts(self):
        parts = super()._parts()
        parts.insert(2 if self._cancelled else 1, f"when={self._when}")
        return parts

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (
                self._when == other._when
                and self._callback == other._callback
                and self._args == other._args
                and self._cancelled == other._cancelled
            )
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


# ----------------------------------------------------------------------------------------
# The running loop and the current loop

_running = None  # the loop whose run_forever is active (no threads: one at a time)


# get_running_loop and _get_running_loop are built-ins (as CPython's _asyncio has them), reading
# what _set_running_loop hands them too; this module's code reads _running.
_get_running_loop = _native_get_running_loop


def _set_running_loop(loop):
    global _running
    _running = loop
    _native_set_running_loop(loop)


get_running_loop = _native_get_running_loop_or_fail


class AbstractEventLoopPolicy:
    """What get_event_loop, set_event_loop and new_event_loop ask when no loop is running."""

    __module__ = "asyncio.events"

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    # Subprocesses are not provided, so the default policy keeps these abstract.
    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The current loop of the program (one for all threads: heapstack's loops are not per thread).

    The first get_event_loop() makes one unless set_event_loop was called, even with None.
    """

    __module__ = "asyncio.unix_events"

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_policy = DefaultEventLoopPolicy()  # what set_event_loop_policy installed


def get_event_loop_policy():
    return _policy


def set_event_loop_policy(policy):
    """Install `policy`; None installs a fresh default policy."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(
            f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'"
        )
    _policy = DefaultEventLoopPolicy() if policy is None else policy


def get_event_loop():
    if _running is not None:
        return _running
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


_SLEEP_CAP = 86400.0
# Roughly how much slower than CPython heapstack runs a callback (see the module docstring).
_CALLBACK_TIME_SCALE = 20.0


class AbstractEventLoop:
    """Base class of event loops (ours is the only implementation)."""

    __module__ = "asyncio.events"


class _UnixSelectorEventLoop(AbstractEventLoop):
    __module__ = "asyncio.unix_events"

    def __init__(self):
        self._ready = _deque()
        self._timers = []
        self._cancelled_timers = 0
        self._stopping = False
        self._closed = False
        self._is_running = False
        self._handler = None
        self._debug = False
        self._task_factory = None
        self._asyncgens_shutdown_called = False
        # Async generators first iterated while this loop ran (weakly held): the loop closes
        # those still unfinished in shutdown_asyncgens.
        self._asyncgens = _weakref.WeakSet()
        # BaseSelectorEventLoop's registry of transports (none are made here): part of every
        # loop's cyclic garbage in CPython
        self._transports = _weakref.WeakValueDictionary()
        self._executor_shutdown_called = False
        self.slow_callback_duration = 0.1
        # executors: jobs running in threads report back through call_soon_threadsafe,
        # which sets _wakeup; the loop waits on it (letting the threads run) while any
        # such job is pending.
        self._default_executor = None
        self._external = 0
        self._wakeup = None
        self._clock = _time.monotonic()
        self._clock_synced_at = self._clock

    def __repr__(self):
        return f"<{type(self).__name__} running={self.is_running()} closed={self._closed} debug={self._debug}>"

    # -- state
    def is_running(self):
        return self._is_running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def time(self):
        return self._clock

    def _ensure_open(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def close(self):
        if self._is_running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    # -- scheduling
    def call_soon(self, callback, *args, context=None):
        if self._closed:  # _ensure_open(), inline: every future's callbacks come through here
            raise RuntimeError("Event loop is closed")
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _wakeup_event(self):
        if self._wakeup is None:
            import threading

            self._wakeup = threading.Event()
        return self._wakeup

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self.call_soon(callback, *args, context=context)
        if self._wakeup is not None:
            self._wakeup.set()
        return handle

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in `executor` (a thread pool by default); an awaitable future."""
        self._ensure_open()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                if self._executor_shutdown_called:
                    raise RuntimeError("Executor shutdown has been called")
                import concurrent.futures

                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures

        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError("executor must be ThreadPoolExecutor")
        self._default_executor = executor

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._ensure_open()
        timer = TimerHandle(when, callback, args, self, context)
        _heappush(self._timers, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._cancelled_timers += 1

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._ensure_open()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name, context=context)
        else:
            task = self._task_factory(self, coro) if context is None else self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running
    def _credit_callback_time(self):
        now = _time.monotonic()
        self._clock += (now - self._clock_synced_at) / _CALLBACK_TIME_SCALE
        self._clock_synced_at = now

    def _tick(self):
        self._credit_callback_time()
        timers = self._timers
        if len(timers) > 100 and self._cancelled_timers * 2 > len(timers):
            live = []
            for t in timers:
                if t._cancelled:
                    t._scheduled = False
                else:
                    live.append(t)
            _heapify(live)
            self._timers = timers = live
            self._cancelled_timers = 0
        else:
            while timers and timers[0]._cancelled:
                self._cancelled_timers -= 1
                _heappop(timers)._scheduled = False

        if not self._ready and not self._stopping and (self._external or _other_threads()):
            # work may come from other threads (call_soon_threadsafe sets _wakeup), also to a
            # loop run in a thread of its own for run_coroutine_threadsafe with no timers
            wait = min(max(0.0, timers[0]._when - self._clock), _SLEEP_CAP) if timers else None
            started = _time.monotonic()
            woken = self._wakeup_event().wait(wait)
            self._wakeup.clear()
            if woken or wait is None:
                self._clock += _time.monotonic() - started
            else:
                self._clock = max(self._clock, timers[0]._when)
            self._clock_synced_at = _time.monotonic()
        elif not self._ready and not self._stopping and timers:
            wait = timers[0]._when - self._clock
            if wait > 0:
                _time.sleep(min(wait, _SLEEP_CAP))
                self._clock = timers[0]._when
                self._clock_synced_at = _time.monotonic()
        elif not self._ready and not self._stopping:
            raise RuntimeError("heapstack's event loop has nothing to wait for (no timers, no I/O)")

        horizon = self.time() + 1e-09
        while timers and timers[0]._when < horizon:
            timer = _heappop(timers)
            timer._scheduled = False
            self._ready.append(timer)

        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()
        handle = None

    def run_forever(self):
        self._ensure_open()
        if self._is_running:
            raise RuntimeError("This event loop is already running")
        if _running is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._is_running = True
        _set_running_loop(self)
        previous_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._tick()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._is_running = False
            _set_running_loop(None)
            sys.set_asyncgen_hooks(*previous_hooks)

    # -- async generators (the sys.set_asyncgen_hooks hooks run_forever installs)
    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings

            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after loop.shutdown_asyncgens() call",
                ResourceWarning,
                source=self,
            )
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # An unfinished generator that died: close it in a task of its own, since closing may await.
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        self._ensure_open()
        if self._is_running:
            raise RuntimeError("This event loop is already running")
        if _running is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        wrapped = not isfuture(future)
        future = ensure_future(future, loop=self)
        if wrapped:
            future._log_destroy_pending = False
        future.add_done_callback(_stop_loop_of)
        try:
            self.run_forever()
        except BaseException:
            if wrapped and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop_of)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    async def shutdown_asyncgens(self):
        """Closes every async generator of this loop that is still unfinished."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        agens = list(self._asyncgens)
        self._asyncgens.clear()
        outcomes = await gather(*[agen.aclose() for agen in agens], return_exceptions=True)
        for outcome, agen in zip(outcomes, agens):
            if isinstance(outcome, Exception):
                self.call_exception_handler(
                    {
                        "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                        "exception": outcome,
                        "asyncgen": agen,
                    }
                )

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=True)

    # -- errors
    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._handler = handler

    def get_exception_handler(self):
        return self._handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        exc = context.get("exception")
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(f"{key}: {context[key]!r}")
        text = "\n".join(lines)
        logging = sys.modules.get("logging")
        if logging is not None and logging.getLogger().handlers:
            info = (type(exc), exc, exc.__traceback__) if exc is not None else False
            logging.getLogger("asyncio").error(text, exc_info=info)
            return
        if exc is not None:
            # not traceback.format_exception: this also runs while the interpreter shuts down
            # (a Task destroyed at exit), when sys.modules is empty and imports fail
            text += "\n" + _format_exception(exc).rstrip("\n")
        sys.stderr.write(text + "\n")

    def call_exception_handler(self, context):
        if self._handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write("Exception in default exception handler\n")
            return
        try:
            self._handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler(
                    {"message": "Unhandled error in exception handler", "exception": exc, "context": context}
                )
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write("Exception in default exception handler\n")


def _stop_loop_of(fut):
    if not fut.cancelled() and isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        return  # run_forever is already unwinding with it
    fut._loop.stop()


# ----------------------------------------------------------------------------------------
# Futures


class Future:
    """A result that will be set later; awaiting it suspends the awaiting task until then."""

    __module__ = "_asyncio"

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    __log_traceback = False
    # CPython's C future keeps its first callback in a field of its own (fut_callback0) and
    # makes a list (fut_callbacks) only for a second one; scheduling them drops the list
    _callback0 = None
    _callback_list = None

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop

    @property
    def _callbacks(self):
        callbacks = [] if self._callback0 is None else [self._callback0]
        if self._callback_list is not None:
            callbacks.extend(self._callback_list)
        return callbacks

    def _parts(self):
        parts = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                parts.append(f"exception={self._exception!r}")
            else:
                parts.append(f"result={_short_repr(self._result)}")
        if self._callbacks:
            parts.append(_callbacks_info(self._callbacks))
        return parts

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._parts())}>"

    def __del__(self):
        if not self.__log_traceback:
            return
        self._loop.call_exception_handler(
            {
                "message": f"{type(self).__name__} exception was never retrieved",
                "exception": self._exception,
                "future": self,
            }
        )

    __class_getitem__ = classmethod(lambda cls, item: __import__("types").GenericAlias(cls, item))

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError("_log_traceback can only be set to False")
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._run_callbacks()
        return True

    def _run_callbacks(self):
        first = self._callback0
        if first is not None:
            self._callback0 = None
            self._loop.call_soon(first, self)
        pending = self._callback_list
        if pending is None:
            return
        self._callback_list = None
        for cb in pending:
            self._loop.call_soon(cb, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    @_c_function
    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        self.__log_traceback = False
        if self._exception is not None:
            # CPython 3.11's future_get_result hands the traceback over once (then it is None)
            tb = self._exception_tb
            self._exception_tb = None
            raise self._exception.with_traceback(tb)
        return self._result

    @_c_function
    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        elif self._callback0 is None and self._callback_list is None:
            self._callback0 = fn
        elif self._callback_list is None:
            self._callback_list = [fn]
        else:
            self._callback_list.append(fn)

    def remove_done_callback(self, fn):
        removed = 0
        if self._callback0 is not None and self._callback0 == fn:
            self._callback0 = None
            removed = 1
        callbacks = self._callback_list
        if callbacks is None:
            return removed
        keep = [cb for cb in callbacks if cb != fn]
        if not keep:
            self._callback_list = None
        elif len(keep) != len(callbacks):
            callbacks[:] = keep
        return removed + len(callbacks) - len(keep)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._run_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._run_callbacks()
        self.__log_traceback = True

    def __await__(self):
        # A native iterator (src/modules/_asyncio_native.ts): awaiting adds no frame of ours
        # to tracebacks, as CPython's C futures add none.
        return _future_iter(self)

    __iter__ = __await__


def _set_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


# ----------------------------------------------------------------------------------------
# Tasks

_task_counter = 0
# every task made and not yet dead (CPython's all_tasks WeakSet: a task is not unregistered when
# done; its weak reference's callback drops it when the task dies, during a collection too)
_live_tasks = _weakref.WeakSet()
_running_task = {}  # loop -> the task whose step is executing


def _next_task_name():
    global _task_counter
    _task_counter += 1
    return f"Task-{_task_counter}"


class Task(Future):
    """Drives a coroutine on the loop: each step sends into it until it awaits a future."""

    __module__ = "_asyncio"

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = _next_task_name() if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._cancel_requests = 0
        self._context = _contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _live_tasks.add(self)

    def _parts(self):
        parts = super()._parts()
        if self._must_cancel:
            parts[0] = "cancelling"
        parts.insert(1, f"name={self._name!r}")
        parts.insert(2, f"coro=<{_describe_coro(self._coro)}>")
        if self._fut_waiter is not None:
            parts.insert(3, f"wait_for={self._fut_waiter!r}")
        return parts

    def __del__(self):
        if self._state == _PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({"task": self, "message": "Task was destroyed but it is pending!"})
        super().__del__()

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        """The frames of the coroutine (its own, while suspended: the outer ones are the
        loop's), oldest first; for a task that failed, the frames of its exception's
        traceback. At most `limit` of them."""
        coro = self._coro
        frame = None
        for attr in ("cr_frame", "gi_frame", "ag_frame"):
            if hasattr(coro, attr):
                frame = getattr(coro, attr)
                break
        frames = []
        if frame is not None:
            while frame is not None and (limit is None or len(frames) < limit):
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and (limit is None or len(frames) < limit):
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Print get_stack()'s frames as a traceback (to sys.stderr by default), then the
        exception the task failed with, if any."""
        import linecache
        import traceback

        entries = []
        for frame in self.get_stack(limit=limit):
            code = frame.f_code
            line = linecache.getline(code.co_filename, frame.f_lineno, frame.f_globals)
            entries.append((code.co_filename, frame.f_lineno, code.co_name, line))
        exc = self._exception
        if not entries:
            print(f"No stack for {self!r}", file=file)
        elif exc is not None:
            print(f"Traceback for {self!r} (most recent call last):", file=file)
        else:
            print(f"Stack for {self!r} (most recent call last):", file=file)
        traceback.print_list(entries, file=file)
        if exc is not None:
            for line in traceback.format_exception_only(type(exc), exc):
                print(line, file=file, end="")

    def cancel(self, msg=None):
        self._Future__log_traceback = False
        if self.done():
            return False
        self._cancel_requests += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def _finish(self, how, value=None):
        if how == "result":
            Future.set_result(self, value)
        elif how == "exception":
            Future.set_exception(self, value)
        else:
            Future.cancel(self, msg=value)

    def _step(self, exc=None):
        if self._state != _PENDING:  # done(), read as CPython's C task_step reads it
            raise InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        other = _running_task.get(loop)
        if other is not None:
            raise RuntimeError(f"Cannot enter into task {self!r} while another task {other!r} is being executed.")
        _running_task[loop] = self
        # the coroutine runs in the task's context (entered here, not through Context.run, so
        # no Python frame of ours joins the tracebacks)
        outer = _contextvars._current
        _contextvars._current = self._context
        try:
            try:
                if exc is None:
                    yielded = self._coro.send(None)
                else:
                    yielded = self._coro.throw(exc)
            except StopIteration as stop:
                if self._must_cancel:
                    self._must_cancel = False
                    self._finish("cancel", self._cancel_message)
                else:
                    self._finish("result", stop.value)
            except CancelledError as cancel:
                self._cancelled_exc = cancel
                self._finish("cancel")
            except (KeyboardInterrupt, SystemExit) as fatal:
                self._finish("exception", _drop_own_frame(fatal))
                raise
            except BaseException as error:
                self._finish("exception", _drop_own_frame(error))
            else:
                self._after_yield(yielded)
        finally:
            _contextvars._current = outer
            del _running_task[loop]
        # CPython's task step is C code: no frame of it holds the exception thrown in, whose
        # traceback holds this frame (a cycle the collector would have to find).
        exc = None
        self = None

    def _after_yield(self, yielded):
        blocking = getattr(yielded, "_asyncio_future_blocking", None)
        if blocking is not None:
            if getattr(yielded, "_loop", None) is not self._loop:
                problem = RuntimeError(f"Task {self!r} got Future {yielded!r} attached to a different loop")
            elif not blocking:
                problem = RuntimeError(f"yield was used instead of yield from in task {self!r} with {yielded!r}")
            elif yielded is self:
                problem = RuntimeError(f"Task cannot await on itself: {self!r}")
            else:
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self.task_wakeup)
                self._fut_waiter = yielded
                if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
            self._loop.call_soon(self._step, problem, context=self._context)
        elif yielded is None:
            self._loop.call_soon(self._step, context=self._context)
        elif type(yielded).__name__ == "generator":
            problem = RuntimeError(f"yield was used instead of yield from for generator in task {self!r} with {yielded!r}")
            self._loop.call_soon(self._step, problem, context=self._context)
        else:
            self._loop.call_soon(self._step, RuntimeError(f"Task got bad yield: {yielded!r}"), context=self._context)

    def task_wakeup(self, future):
        if isinstance(future, Future):
            # Read the outcome directly (CPython's C wakeup does): calling result() would put
            # its frame and ours into the traceback of the exception thrown into the task.
            if future._state == _CANCELLED:
                self._step(future._make_cancelled_error())
            elif future._exception is not None:
                future._Future__log_traceback = False
                exc = future._exception
                exc.__traceback__ = future._exception_tb
                future._exception_tb = None
                self._step(exc)
            else:
                self._step()
            self = None
            return
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None


def _drop_own_frame(exc):
    """The exception's traceback starts at our _step frame: CPython's step is C code."""
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is Task._step.__code__:
        exc.__traceback__ = tb.tb_next
    return exc


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _running_task.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_live_tasks) if t._loop is loop and not t.done()}


def _register_task(task):
    _live_tasks.add(task)


def _unregister_task(task):
    _live_tasks.discard(task)


def _enter_task(loop, task):
    other = _running_task.get(loop)
    if other is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another task {other!r} is being executed.")
    _running_task[loop] = task


def _leave_task(loop, task):
    if _running_task.get(loop) is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match the current task {_running_task.get(loop)!r}.")
    del _running_task[loop]


def ensure_future(coro_or_future, *, loop=None):
    obj = coro_or_future
    if isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
        return obj
    if iscoroutine(obj):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        return ensure_future(_await_it(obj), loop=loop)
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _await_it(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name, context=context)


# ----------------------------------------------------------------------------------------
# Sleeping, waiting, gathering


class _YieldOnce:
    """Awaiting it gives the loop one turn (sleep(0))."""

    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = get_running_loop()
    waiter = loop.create_future()
    timer = loop.call_later(delay, _set_unless_cancelled, waiter, result)
    try:
        return await waiter
    finally:
        timer.cancel()


def _wake(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_then_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()
    import functools

    cb = functools.partial(_wake, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_then_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    import functools

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _wake, waiter)
    cb = functools.partial(_wake, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_then_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_then_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _wake, waiter)
    remaining = len(fs)

    def on_done(f):
        nonlocal remaining
        remaining -= 1
        if (
            remaining <= 0
            or return_when == FIRST_COMPLETED
            or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        ):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from ._sync import Queue

    finished = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            finished.put_nowait(None)
        todo.clear()

    def on_done(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_one()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_requested = True
        return any_cancelled


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    seen = {}
    loop = None
    outer = None
    count = 0
    finished = 0

    def child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == count:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    results.append(CancelledError("" if msg is None else msg))
                else:
                    value = child.exception()
                    results.append(child.result() if value is None else value)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg in seen:
            fut = seen[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            count += 1
            seen[arg] = fut
            fut.add_done_callback(child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# ----------------------------------------------------------------------------------------
# asyncio.run and Runner


def _cancel_leftovers(loop):
    leftovers = all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler(
                {
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": task.exception(),
                    "task": task,
                }
            )


class Runner:
    """Runs coroutines on one loop it creates, then closes it (asyncio.run's engine)."""

    __module__ = "asyncio.runners"

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = "created"
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._installed = False

    def __enter__(self):
        self._start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != "initialized":
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._installed:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def get_loop(self):
        self._start()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if _running is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._start()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _start(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
            self._installed = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = "initialized"


def run(main, *, debug=None):
    if _running is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _other_threads():
    """Whether a thread besides this one is alive (only threading starts them)."""
    threading = sys.modules.get("threading")
    return threading is not None and threading.active_count() > 1


def run_coroutine_threadsafe(coro, loop):
    """Run coro as a task of `loop` (running in another thread); a concurrent.futures.Future of it."""
    if not iscoroutine(coro):
        raise TypeError("A coroutine object is required")
    import concurrent.futures

    outcome = concurrent.futures.Future()

    def _start():
        try:
            task = ensure_future(coro, loop=loop)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if outcome.set_running_or_notify_cancel():
                outcome.set_exception(exc)
            raise
        task.add_done_callback(lambda task: _report_to(outcome, task))

        def _cancel_task(outcome):
            if outcome.cancelled():
                loop.call_soon_threadsafe(task.cancel)

        outcome.add_done_callback(_cancel_task)

    loop.call_soon_threadsafe(_start)
    return outcome


def _report_to(outcome, task):
    # the task's outcome, as concurrent.futures' exceptions (futures._chain_future)
    if outcome.cancelled():
        return
    if task.cancelled():
        outcome.cancel()
    if not outcome.set_running_or_notify_cancel():
        return
    exc = task.exception()
    if exc is None:
        outcome.set_result(task.result())
        return
    if type(exc) is CancelledError or type(exc) is InvalidStateError:
        import concurrent.futures

        exc = getattr(concurrent.futures, type(exc).__name__)(*exc.args)
    outcome.set_exception(exc)


def wrap_future(future, *, loop=None):
    """An asyncio Future completed when the concurrent.futures.Future `future` completes."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    loop._wakeup_event()
    new_future = loop.create_future()
    loop._external += 1

    def _copy(source):
        loop._external -= 1
        if new_future.cancelled():
            return
        if source.cancelled():
            new_future.cancel()
            return
        exc = source.exception()
        if exc is not None:
            new_future.set_exception(exc)
        else:
            new_future.set_result(source.result())

    def _on_done(source):
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_copy, source)

    def _on_cancel(dest):
        if dest.cancelled():
            future.cancel()

    new_future.add_done_callback(_on_cancel)
    future.add_done_callback(_on_done)
    return new_future


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a separate thread (the loop's default executor)."""
    import contextvars

    loop = get_running_loop()
    ctx = contextvars.copy_context()

    # a Python function, not functools.partial(ctx.run, ...): a call made from a partial (native
    # code) cannot switch green threads, so func blocking until the loop's thread acts (a
    # queue.get, an Event.wait, run_coroutine_threadsafe(...).result()) would deadlock
    def call():
        return ctx.run(func, *args, **kwargs)

    return await loop.run_in_executor(None, call)
