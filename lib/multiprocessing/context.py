"""The objects of multiprocessing (see the package's docstring for how they run here)."""

import itertools
import os
import queue as _queue
import threading


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


# --- processes ------------------------------------------------------------------------------

_counter = itertools.count(1)
_children = set()


class BaseProcess:
    """A process whose target runs on a green thread of this interpreter."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        self._identity = (next(_counter),)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or 'Process-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = bool(daemon) if daemon is not None else False
        self._thread = None
        self._popen = None
        self._exitcode = None
        self._closed = False
        self._parent_pid = os.getpid()

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        global _current
        previous = _current.get()
        _current.set(self)
        try:
            self.run()
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            if e.code is not None and not isinstance(e.code, int):
                import sys
                print(e.code, file=sys.stderr)
        except BaseException:
            import sys
            import traceback
            print('Process %s:' % self._name, file=sys.stderr)
            traceback.print_exc()
            code = 1
        finally:
            _current.set(previous)
        self._exitcode = code

    def start(self):
        self._check_closed()
        assert self._thread is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        self._thread = threading.Thread(target=self._bootstrap, name=self._name, daemon=self._daemonic)
        self._popen = self
        _children.add(self)
        self._thread.start()

    def join(self, timeout=None):
        self._check_closed()
        assert self._thread is not None, 'can only join a started process'
        self._thread.join(timeout)
        if not self._thread.is_alive():
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _main:
            return True
        return self._thread is not None and self._thread.is_alive()

    def terminate(self):
        self._check_closed()

    kill = terminate

    def close(self):
        if self._thread is not None and self._thread.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._thread is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        return self._exitcode

    @property
    def ident(self):
        self._check_closed()
        if self is _main:
            return os.getpid()
        return None if self._thread is None else os.getpid() + self._identity[0]

    pid = ident

    @property
    def authkey(self):
        return b'heapstack'

    @property
    def sentinel(self):
        return self._identity[0]

    def __repr__(self):
        if self is _main:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._thread is None:
            status = 'initial'
        elif self._exitcode is not None:
            status = 'stopped'
        elif self._thread.is_alive():
            status = 'started'
        else:
            status = 'unknown'
        text = '<%s name=%r' % (type(self).__name__, self._name)
        if self is _main:
            text += ' parent=None'
        else:
            text += ' parent=%s' % self._parent_pid
        text += ' ' + status
        if self._exitcode is not None:
            text += ' exitcode=%s' % self._exitcode
        if self._daemonic:
            text += ' daemon'
        return text + '>'


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemonic = False
        self._thread = None
        self._exitcode = None
        self._closed = False
        self._parent_pid = None
        self._target = None


_main = _MainProcess()


class _CurrentProcess(threading.local):
    def get(self):
        return getattr(self, 'process', _main)

    def set(self, process):
        self.process = process


_current = _CurrentProcess()


def current_process():
    """Return the process object of the code running now."""
    return _current.get()


def parent_process():
    """Return the parent of the current process (None in the main process)."""
    return None if _current.get() is _main else _main


def active_children():
    """Return the children started and not yet finished."""
    alive = [p for p in _children if p.is_alive()]
    _children.intersection_update(alive)
    return alive


def cpu_count():
    """Return the number of CPUs in the system."""
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


# --- communication and synchronisation ------------------------------------------------------

class Queue(_queue.Queue):
    """A process-shared FIFO queue (a thread queue: the processes share one interpreter)."""

    def __init__(self, maxsize=0, *, ctx=None):
        super().__init__(maxsize)
        self._closed = False

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


JoinableQueue = Queue


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._queue = _queue.SimpleQueue()

    def get(self):
        return self._queue.get()

    def put(self, obj):
        self._queue.put(obj)

    def empty(self):
        return self._queue.empty()

    def close(self):
        pass


class Connection:
    """One end of a Pipe."""

    def __init__(self, inbox, outbox, readable, writable):
        self._inbox = inbox
        self._outbox = outbox
        self.readable = readable
        self.writable = writable
        self.closed = False

    def send(self, obj):
        if self.closed:
            raise OSError('handle is closed')
        if not self.writable:
            raise OSError('connection is read-only')
        self._outbox.put(obj)

    def recv(self):
        if self.closed:
            raise OSError('handle is closed')
        if not self.readable:
            raise OSError('connection is write-only')
        return self._inbox.get()

    send_bytes = send
    recv_bytes = recv

    def poll(self, timeout=0.0):
        return not self._inbox.empty()

    def close(self):
        self.closed = True

    def fileno(self):
        return id(self) & 0xFFFF

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    """Return the two ends of a pipe (both ways unless duplex is False)."""
    a, b = _queue.Queue(), _queue.Queue()
    if duplex:
        return Connection(a, b, True, True), Connection(b, a, True, True)
    return Connection(a, None, True, False), Connection(None, a, False, True)


def Lock():
    return threading.Lock()


def RLock():
    return threading.RLock()


def Semaphore(value=1):
    return threading.Semaphore(value)


def BoundedSemaphore(value=1):
    return threading.BoundedSemaphore(value)


def Condition(lock=None):
    return threading.Condition(lock)


def Event():
    return threading.Event()


def Barrier(parties, action=None, timeout=None):
    return threading.Barrier(parties, action, timeout)


_CTYPES = {
    'c': ('c_char', b'\x00'), 'u': ('c_wchar', '\x00'), 'b': ('c_byte', 0), 'B': ('c_ubyte', 0),
    'h': ('c_short', 0), 'H': ('c_ushort', 0), 'i': ('c_int', 0), 'I': ('c_uint', 0),
    'l': ('c_long', 0), 'L': ('c_ulong', 0), 'q': ('c_longlong', 0), 'Q': ('c_ulonglong', 0),
    'f': ('c_float', 0.0), 'd': ('c_double', 0.0),
}


def _ctype_name(typecode):
    if isinstance(typecode, str) and typecode in _CTYPES:
        return _CTYPES[typecode][0]
    return getattr(typecode, '__name__', str(typecode))


class _Synchronized:
    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self._value = value
        self._lock = threading.RLock() if lock is True or lock is None else lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._value

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class _SynchronizedValue(_Synchronized):
    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v

    def __repr__(self):
        return '<Synchronized wrapper for %s(%r)>' % (_ctype_name(self._typecode), self._value)


class _SynchronizedArray(_Synchronized):
    def __len__(self):
        return len(self._value)

    def __getitem__(self, i):
        return self._value[i]

    def __setitem__(self, i, v):
        self._value[i] = v

    def __iter__(self):
        return iter(self._value)

    def __repr__(self):
        return '<SynchronizedArray wrapper for %s>' % object.__repr__(self)


def Value(typecode_or_type, *args, lock=True):
    """A shared value (here simply a boxed one) with a lock."""
    value = args[0] if args else _CTYPES.get(typecode_or_type, (None, 0))[1]
    return _SynchronizedValue(typecode_or_type, value, lock)


def RawValue(typecode_or_type, *args):
    return Value(typecode_or_type, *args)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """A shared array (here a list) with a lock."""
    if isinstance(size_or_initializer, int):
        items = [_CTYPES.get(typecode_or_type, (None, 0))[1]] * size_or_initializer
    else:
        items = list(size_or_initializer)
    return _SynchronizedArray(typecode_or_type, items, lock)


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer)


class _Manager:
    """Manager(): shared containers (plain ones: every process is this interpreter)."""

    def start(self, *args):
        return self

    def shutdown(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()

    def dict(self, *args, **kwargs):
        return dict(*args, **kwargs)

    def list(self, *args):
        return list(*args)

    def Namespace(self, **kwargs):
        import types
        return types.SimpleNamespace(**kwargs)

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    JoinableQueue = Queue

    def Value(self, typecode, value, lock=True):
        return Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        return Array(typecode, sequence, lock=lock)

    Lock = staticmethod(Lock)
    RLock = staticmethod(RLock)
    Semaphore = staticmethod(Semaphore)
    BoundedSemaphore = staticmethod(BoundedSemaphore)
    Condition = staticmethod(Condition)
    Event = staticmethod(Event)
    Barrier = staticmethod(Barrier)


def Manager():
    return _Manager()


# --- pools ----------------------------------------------------------------------------------

class ApplyResult:
    """The result of apply_async: the task already ran when it was submitted."""

    def __init__(self, func, args, kwds, callback=None, error_callback=None):
        try:
            self._value = func(*args, **kwds)
            self._success = True
        except Exception as e:
            self._value = e
            self._success = False
        if self._success and callback is not None:
            callback(self._value)
        if not self._success and error_callback is not None:
            error_callback(self._value)

    def ready(self):
        return True

    def successful(self):
        return self._success

    def wait(self, timeout=None):
        pass

    def get(self, timeout=None):
        if self._success:
            return self._value
        raise self._value


class MapResult(ApplyResult):
    pass


class IMapIterator:
    def __init__(self, results):
        self._results = iter(results)

    def __iter__(self):
        return self

    def __next__(self, timeout=None):
        return next(self._results)

    next = __next__


def _chunks(iterable, size):
    it = iter(iterable)
    while True:
        chunk = tuple(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


class Pool:
    """A pool of workers, here the caller itself: each task runs when it is handed over."""

    _state_names = ('RUN', 'CLOSE', 'TERMINATE')

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._state = 0
        if initializer is not None:
            initializer(*initargs)

    def _check_running(self):
        if self._state != 0:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        self._check_running()
        return func(*args, **kwds)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        return ApplyResult(func, args, kwds, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        self._check_running()
        return [func(x) for x in iterable]

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return MapResult(lambda: [func(x) for x in iterable], (), {}, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        self._check_running()
        return [func(*x) for x in iterable]

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return MapResult(lambda: [func(*x) for x in iterable], (), {}, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        return IMapIterator(func(x) for x in list(iterable))

    imap_unordered = imap

    def close(self):
        if self._state == 0:
            self._state = 1

    def terminate(self):
        self._state = 2

    def join(self):
        if self._state == 0:
            raise ValueError("Pool is still running")

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%d>' % (
            'multiprocessing.pool', type(self).__qualname__, self._state_names[self._state], self._processes)


class ThreadPool(Pool):
    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes, initializer, initargs)


# --- start methods and the rest -------------------------------------------------------------

_start_method = None


def get_start_method(allow_none=False):
    if _start_method is None and allow_none:
        return None
    return _start_method or 'fork'


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in get_all_start_methods() and method is not None:
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


class _Context:
    def __init__(self, method):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    def __getattr__(self, name):
        import multiprocessing
        return getattr(multiprocessing, name)


def get_context(method=None):
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    return _Context(method or get_start_method())


def freeze_support():
    pass


def set_executable(executable):
    pass


def set_forkserver_preload(module_names):
    pass


def allow_connection_pickling():
    pass


def get_logger():
    import logging
    return logging.getLogger('multiprocessing')


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger
