"""Thread objects and synchronisation primitives (heapstack's own threading module).

Threads are green threads scheduled by the VM (src/modules/_thread.ts): one runs at a time, and
a switch happens only where a thread blocks (a lock, a queue, Event.wait, join, time.sleep).
A thread started with start() runs at once, until it finishes or blocks, as CPython's GIL
usually lets it.
"""

import sys as _sys
import _thread
from _stdlib_helpers import c_layout as _c_layout, c_type_name as _c_type_name
from time import monotonic as _clock

__all__ = [
    "get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
    "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread",
    "Barrier", "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "setprofile",
    "settrace", "local", "stack_size", "excepthook", "get_native_id", "getprofile", "gettrace",
]

from _thread import (
    start_new_thread as _spawn, allocate_lock as _new_lock, get_ident, get_native_id,
    error as ThreadError, TIMEOUT_MAX, RLock as _NativeRLock,
)

Lock = _new_lock

_profile_hook = None
_trace_hook = None


def _repr_with(obj, detail):
    cls = type(obj)
    return f"<{cls.__module__}.{cls.__qualname__} at {id(obj):#x}: {detail}>"


def _check_initialized(thread):
    assert thread._initialized, "Thread.__init__() not called"
_UNACQUIRED = "cannot %s on un-acquired lock"


def _deprecated(message):
    # The camelCase aliases warn (hidden by the default filters, as in CPython).
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def setprofile(func):
    """Install func with sys.setprofile() in every thread started after this."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """The function setprofile() installed (None if none)."""
    return _profile_hook


def settrace(func):
    """Install func with sys.settrace() in every thread started after this."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """The function settrace() installed (None if none)."""
    return _trace_hook


def RLock(*args, **kwargs):
    """A new reentrant lock (the owning thread may acquire it again)."""
    return _NativeRLock(*args, **kwargs)


class Condition:
    """A condition variable over a lock (a new RLock by default)."""

    def __init__(self, lock: "Lock | None" = None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks without the RLock protocol get the plain versions below.
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        lock = self._lock
        return lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, _saved):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs."""
        if not self._is_owned():
            raise RuntimeError(_UNACQUIRED % "wait")
        me = _new_lock()
        me.acquire()
        self._waiters.append(me)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                me.acquire()
                woken = True
            elif timeout > 0:
                woken = me.acquire(True, timeout)
            else:
                woken = me.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                try:
                    self._waiters.remove(me)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout: "float | None" = None):
        """Wait until a condition evaluates to True."""
        end = None
        wait_time = timeout
        result = predicate()
        while not result:
            if wait_time is not None:
                if end is None:
                    end = _clock() + wait_time
                else:
                    wait_time = end - _clock()
                    if wait_time <= 0:
                        break
            self.wait(wait_time)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any."""
        if not self._is_owned():
            raise RuntimeError(_UNACQUIRED % "notify")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for w in woken:
            try:
                w.release()
            except RuntimeError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        waiting = len(self._waiters)
        self.notify(waiting)

    def notifyAll(self):
        """Wake up all threads waiting on this condition (deprecated alias)."""
        _deprecated("notifyAll() is deprecated, use notify_all() instead")
        self.notify_all()


class Semaphore:
    """This class implements semaphore objects."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")  # CPython's message
        self._cond = Condition(_new_lock())
        self._value = value

    def __repr__(self):
        return _repr_with(self, f"value={self._value}")

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end is None:
                        end = _clock() + timeout
                    else:
                        timeout = end - _clock()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                got = True
        return got

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return _repr_with(self, f"value={self._value}/{self._initial_value}")

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    """Class implementing event objects."""

    def __init__(self):
        self._cond = Condition(_new_lock())
        self._flag = False

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return _repr_with(self, status)

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    def isSet(self):
        """Deprecated spelling of is_set()."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the internal flag to true, waking every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Implements a Barrier: a fixed number of threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(_new_lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0: filling, 1: draining, -1: resetting, -2: broken
        self._count = 0

    def __repr__(self):
        if self.broken:
            return _repr_with(self, "broken")
        return _repr_with(self, f"waiters={self.n_waiting}/{self.parties}")

    def wait(self, timeout=None):
        """Wait for the barrier; returns an index in range(parties), unique per thread."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # Wait while the previous round drains or a reset is in progress.
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Reset the barrier to its initial state."""
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """How many threads must call wait() to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """How many threads are waiting at the barrier now."""
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """Whether the barrier is broken (abort(), a timeout, a failed action)."""
        return self._state == -2


_counter_value = 0


def _newname(template="Thread-%d"):
    global _counter_value
    _counter_value += 1
    return template % _counter_value


# Threads by ident: running ones, and those that have started but not finished.
_active_limbo_lock = RLock()
_active = {}
_limbo = {}
# Non-daemon threads that _shutdown() waits for.
_shutdown_locks = set()


class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread)."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))


ExceptHookArgs.__module__ = "_thread"
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = "_ExceptHookArgs"


def excepthook(args, /):
    """Handle an uncaught exception raised by Thread.run()."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        thread = args.thread
        stderr = getattr(thread, "_stderr", None)
        if stderr is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    from traceback import print_exception
    print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: override run(), or pass a target callable."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._done_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity; it runs at once until it finishes or blocks."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _spawn(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """Method representing the thread's activity: calls the target."""
        try:
            target = self._target
            if target is not None:
                args, kwargs = self._args, self._kwargs
                # A functools.partial is called here from Python, not by the partial object's
                # native call: so the thread can be suspended when it blocks (_thread.ts).
                while _is_partial(target):
                    args = (*target.args, *args)
                    kwargs = {**target.keywords, **kwargs}
                    target = target.func
                target(*args, **kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            if self._daemonic and _sys is None:
                return
            raise

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            done = _new_lock()
            done.acquire()
            self._done_lock = done
            if not self.daemon:
                with _active_limbo_lock:
                    _shutdown_locks.add(done)
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            self._started.set()
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._stop()
            with _active_limbo_lock:
                try:
                    del _active[get_ident()]
                except KeyError:
                    pass

    def _stop(self):
        done = self._done_lock
        if done is not None:
            self._is_stopped = True
            with _active_limbo_lock:
                _shutdown_locks.discard(done)
            if done.locked():
                done.release()

    def join(self, timeout=None):
        """Wait until the thread terminates (or the timeout, in seconds, passes)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        done = self._done_lock
        if done is None:
            return
        if timeout is None:
            got = done.acquire()
        else:
            got = done.acquire(True, max(timeout, 0))
        if got:
            done.release()

    @property
    def name(self):
        """A string used for identification purposes only."""
        _check_initialized(self)
        return self._name

    @name.setter
    def name(self, name):
        _check_initialized(self)
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        _check_initialized(self)
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        _check_initialized(self)
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive."""
        _check_initialized(self)
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread."""
        _check_initialized(self)
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated)."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated)."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only (deprecated)."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Set the name string for this thread (deprecated)."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


def _is_partial(obj):
    cls = type(obj)
    return cls.__name__ == "partial" and cls.__module__ == "functools"


def _daemon_threads_allowed():
    return True


def _make_invoke_excepthook():
    # Bind what the hook call needs now: at shutdown module globals may be gone.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    sys_module = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_module.exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            stderr = sys_module.stderr if sys_module.stderr is not None else thread._stderr
            sys_hook = sys_module.excepthook if sys_module.excepthook is not None else old_sys_excepthook
            if stderr is not None:
                print("Exception in threading.excepthook:", file=stderr, flush=True)
            sys_hook(*sys_module.exc_info())
        finally:
            args = None

    return invoke_excepthook


class Timer(Thread):
    """Call a function after a specified number of seconds (cancel() stops it while waiting)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Don't call the function (if the interval hasn't passed yet)."""
        self.finished.set()

    def run(self):
        finished = self.finished
        if not finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        done = _new_lock()
        done.acquire()
        self._done_lock = done
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # A thread threading did not start (started by _thread directly): always alive, daemonic.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the current Thread object (deprecated alias of current_thread())."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_limbo) + len(_active)


def activeCount():
    """Return the number of Thread objects currently alive (deprecated alias)."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return [*_active.values(), *_limbo.values()]


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return [*_active.values(), *_limbo.values()]


def main_thread():
    """Return the main thread object."""
    return _main_thread


def stack_size(size=0):
    """Return (and set, for threads started later) the thread stack size."""
    return _thread.stack_size(size)


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Register a callable to be called when the main thread is shut down (before atexit)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Wait until every non-daemon thread has finished (called when the main thread ends)."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    if _main_thread.ident == get_ident():
        _main_thread._stop()
    while True:
        with _active_limbo_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


class local:
    """Thread-local data: each thread sees its own attributes."""

    __slots__ = ("_local__dicts", "_local__args", "__weakref__")

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__args", (args, kw))
        object.__setattr__(self, "_local__dicts", {get_ident(): {}})
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, "_local__dicts")
        ident = get_ident()
        d = dicts.get(ident)
        if d is None:
            d = dicts[ident] = {}
            args, kw = object.__getattribute__(self, "_local__args")
            cls = type(self)
            if cls.__init__ is not object.__init__:
                with _LocalSwitch(self, d):
                    cls.__init__(self, *args, **kw)
        return d

    def __getattribute__(self, name):
        if name in ("__dict__",):
            return local._local__dict(self)
        d = local._local__dict(self)
        if name in d and not _is_data_descriptor(type(self), name):
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if name in d:
                return d[name]
            raise AttributeError(f"'{_local_type_name(self)}' object has no attribute '{name}'") from None

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(f"'{_local_type_name(self)}' object attribute '__dict__' is read-only")
        descr = _class_attr(type(self), name)
        if descr is not None and hasattr(type(descr), "__set__"):
            return object.__setattr__(self, name, value)
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(f"'{_local_type_name(self)}' object attribute '__dict__' is read-only")
        descr = _class_attr(type(self), name)
        if descr is not None and hasattr(type(descr), "__delete__"):
            return object.__delattr__(self, name)
        d = local._local__dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(f"'{_local_type_name(self)}' object has no attribute '{name}'") from None


# CPython's threading.local is _thread._local, a C type of 64 bytes (localobject) with GC
_c_layout(local, 64, gc=True)
_c_type_name(local, "_thread._local")
local.__qualname__ = "_local"
local.__module__ = "_thread"


def _local_type_name(obj):
    # local is _thread._local in CPython, a builtin type named by its module too.
    cls = type(obj)
    return "_thread._local" if cls is local else cls.__name__


class _LocalSwitch:
    # Nothing to switch: the per-thread dict is chosen by get_ident() on every access.
    def __init__(self, obj, d):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _class_attr(cls, name):
    for klass in cls.__mro__:
        if klass is local or klass is object:
            continue
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _is_data_descriptor(cls, name):
    descr = _class_attr(cls, name)
    return descr is not None and (hasattr(type(descr), "__set__") or hasattr(type(descr), "__delete__"))


_main_thread = _MainThread()
