"""select: waiting for file descriptors to be ready (select(), poll and epoll objects).

heapstack's programs have no sockets: their descriptors are files, devices, os.pipe()'s
pipes and the standard streams. A file or a device is always ready, for reading and for
writing. An os.pipe() read end is readable while it holds unread bytes and hung up once its
write end is closed; a write end is always writable. A standard stream that is a pipe is
ready at the end it was opened for, its read end taken to hold all its input already with
the writer gone (POLLIN | POLLHUP), as when python3 is given its input by a test harness; a
socket pair standing for pipes is writable, and only the standard input's is also readable.
Nothing is ever ready for an exceptional condition, and a wait with nothing to wait on
sleeps for its timeout. Errors and their messages are the C module's.
"""

import _io
import _os as _host
import errno as _errno
import os as _os
import stat as _stat
import time as _time

if not _host.can_spawn():
    # the browser sandbox: its descriptors are the virtual file system's, with nothing to wait
    # for, so the module is not there at all (as subprocess and multiprocessing)
    raise ModuleNotFoundError("No module named 'select' (this host has no descriptors to wait on)",
                              name='select')

error = OSError

PIPE_BUF = 4096

POLLIN = 0x001
POLLPRI = 0x002
POLLOUT = 0x004
POLLERR = 0x008
POLLHUP = 0x010
POLLNVAL = 0x020
POLLRDNORM = 0x040
POLLRDBAND = 0x080
POLLWRNORM = 0x100
POLLWRBAND = 0x200
POLLMSG = 0x400
POLLRDHUP = 0x2000

EPOLLIN = 0x001
EPOLLPRI = 0x002
EPOLLOUT = 0x004
EPOLLERR = 0x008
EPOLLHUP = 0x010
EPOLLRDNORM = 0x040
EPOLLRDBAND = 0x080
EPOLLWRNORM = 0x100
EPOLLWRBAND = 0x200
EPOLLMSG = 0x400
EPOLLRDHUP = 0x2000
EPOLLEXCLUSIVE = 1 << 28
EPOLLONESHOT = 1 << 30
EPOLLET = 1 << 31
EPOLL_CLOEXEC = 0o2000000

_READABLE = POLLIN | POLLRDNORM
_WRITABLE = POLLOUT | POLLWRNORM


def _os_error(code):
    return OSError(code, _os.strerror(code))


def _fd_of(obj):
    # PyObject_AsFileDescriptor
    if isinstance(obj, int):
        fd = obj
    else:
        fileno = getattr(obj, "fileno", None)
        if fileno is None:
            raise TypeError("argument must be an int, or have a fileno() method.")
        fd = fileno()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _ready(fd):
    """POLL* bits of what the open descriptor fd is ready for (see the module's docstring)."""
    own = _io._fd_poll(fd)
    if own is not None:
        # a descriptor of heapstack's table (os.open, os.pipe, open(...).fileno())
        return own | (POLLRDNORM if own & POLLIN else 0) | (POLLWRNORM if own & POLLOUT else 0)
    mode = _os.fstat(fd).st_mode
    if not _stat.S_ISFIFO(mode) and not _stat.S_ISSOCK(mode):
        return _READABLE | _WRITABLE
    access = _access_mode(fd)
    if access == _os.O_RDONLY:
        return _READABLE | POLLHUP
    if access == _os.O_WRONLY:
        return _WRITABLE
    # a socket pair (what Node.js and others give a child for its "pipes"): both ways open;
    # only the standard input has something to read, and its other side has hung up
    if fd == 0:
        return _READABLE | _WRITABLE | POLLHUP
    return _WRITABLE


def _access_mode(fd):
    """O_RDONLY, O_WRONLY or O_RDWR: what fd was opened for (Linux's /proc tells the file
    status flags, as fcntl's F_GETFL would; else the standard streams' usual modes)."""
    try:
        with open(f"/proc/self/fdinfo/{fd}") as info:
            for line in info:
                if line.startswith("flags:"):
                    return int(line.split()[1], 8) & _os.O_ACCMODE
    except (OSError, ValueError, IndexError):
        pass
    return {0: _os.O_RDONLY, 1: _os.O_WRONLY, 2: _os.O_WRONLY}.get(fd, _os.O_RDWR)


def _mode_of(fd):
    """The descriptor's st_mode, or None when it is not open."""
    try:
        return _os.fstat(fd).st_mode
    except OSError:
        return None


def _wait(seconds):
    # nothing can become ready: the whole timeout passes (None: forever, as CPython would hang)
    if seconds is None:
        import threading

        threading.Event().wait()
    elif seconds > 0:
        _time.sleep(seconds)


def _seconds(timeout, message):
    if timeout is None:
        return None
    if isinstance(timeout, float) or hasattr(type(timeout), "__index__") or hasattr(type(timeout), "__float__"):
        try:
            return float(timeout)
        except (TypeError, ValueError):
            pass
    raise TypeError(message)


def select(rlist, wlist, xlist, timeout=None, /):
    """Wait until one or more file descriptors are ready for some kind of I/O."""
    seconds = _seconds(timeout, "timeout must be a float or None")
    if seconds is not None and seconds < 0:
        raise ValueError("timeout must be non-negative")
    lists = []
    for seq in (rlist, wlist, xlist):
        try:
            lists.append(list(seq))
        except TypeError:
            raise TypeError("arguments 1-3 must be sequences") from None
    fds = [[_fd_of(obj) for obj in seq] for seq in lists]
    for group in fds:
        for fd in group:
            if _mode_of(fd) is None:
                raise _os_error(_errno.EBADF)
    # a hang-up counts as readable: the read that follows returns at once (b"")
    readable = [obj for obj, fd in zip(lists[0], fds[0]) if _ready(fd) & (_READABLE | POLLHUP)]
    writable = [obj for obj, fd in zip(lists[1], fds[1]) if _ready(fd) & _WRITABLE]
    if not (readable or writable):
        _wait(seconds)
    return readable, writable, []


def _milliseconds(timeout):
    # poll.poll's timeout: milliseconds, None or negative for no limit
    if timeout is None:
        return None
    if not hasattr(type(timeout), "__index__") and not isinstance(timeout, float):
        raise TypeError("Timeout must be an integer or None")
    ms = int(timeout) if isinstance(timeout, float) else timeout.__index__()
    return None if ms < 0 else ms / 1000


class poll:
    """A set of file descriptors to wait for (select.poll())."""

    __module__ = "select"

    def __init__(self):
        self._masks = {}

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'select.poll' is not an acceptable base type")

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        """Register a file descriptor with the polling object."""
        self._masks[_fd_of(fd)] = eventmask & 0xFFFF

    def modify(self, fd, eventmask, /):
        """Modify an already registered file descriptor."""
        fd = _fd_of(fd)
        if fd not in self._masks:
            raise _os_error(_errno.ENOENT)
        self._masks[fd] = eventmask & 0xFFFF

    def unregister(self, fd, /):
        """Remove a file descriptor being tracked by the polling object."""
        fd = _fd_of(fd)
        if fd not in self._masks:
            raise KeyError(fd)
        del self._masks[fd]

    def poll(self, timeout=None, /):
        """Poll the registered file descriptors: a list of (fd, events) pairs."""
        seconds = _milliseconds(timeout)
        ready = []
        for fd, mask in self._masks.items():
            if _mode_of(fd) is None:
                ready.append((fd, POLLNVAL))
                continue
            # POLLHUP is reported whether asked for or not
            events = _ready(fd) & (mask | POLLHUP)
            if events:
                ready.append((fd, events))
        if not ready:
            _wait(seconds)
        return ready


class epoll:
    """An edge and level triggered I/O event notification object (select.epoll())."""

    __module__ = "select"

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == 0 or sizehint < -1:
            raise ValueError("negative sizehint")
        # CPython's epoll holds a descriptor of its own: later descriptors are numbered as there
        self._fd = _os.open(_os.devnull, _os.O_RDONLY)
        self._masks = {}

    def _check_open(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed epoll object")

    @property
    def closed(self):
        """True if the epoll handler is closed."""
        return self._fd < 0

    def close(self):
        """Close the epoll control file descriptor."""
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            _os.close(fd)

    def fileno(self):
        """Return the epoll control file descriptor."""
        self._check_open()
        return self._fd

    def _registered(self, fd):
        # epoll_ctl's errors: EBADF for a descriptor not open, ENOENT for one not registered
        fd = _fd_of(fd)
        if _mode_of(fd) is None:
            raise _os_error(_errno.EBADF)
        if fd not in self._masks:
            raise _os_error(_errno.ENOENT)
        return fd

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        """Registers a new fd or raises an OSError if the fd is already registered."""
        self._check_open()
        fd = _fd_of(fd)
        mode = _mode_of(fd)
        if mode is None:
            raise _os_error(_errno.EBADF)
        if fd in self._masks:
            raise _os_error(_errno.EEXIST)
        # epoll refuses what is always ready: regular files, directories, /dev/null and such
        if _stat.S_ISREG(mode) or _stat.S_ISDIR(mode) or (_stat.S_ISCHR(mode) and _memory_device(fd)):
            raise _os_error(_errno.EPERM)
        self._masks[fd] = eventmask & 0xFFFFFFFF

    def modify(self, fd, eventmask):
        """Modify event mask for a registered file descriptor."""
        self._check_open()
        fd = self._registered(fd)
        self._masks[fd] = eventmask & 0xFFFFFFFF

    def unregister(self, fd):
        """Remove a registered file descriptor from the epoll object."""
        self._check_open()
        fd = self._registered(fd)
        del self._masks[fd]

    def poll(self, timeout=None, maxevents=-1):
        """Wait for events on the epoll file descriptor: a list of (fd, events) pairs."""
        self._check_open()
        seconds = _seconds(timeout, "timeout must be an integer or None")
        if seconds is not None and seconds < 0:
            seconds = None
        if maxevents == 0 or maxevents < -1:
            raise ValueError("maxevents must be greater than 0, got %d" % maxevents)
        ready = []
        for fd, mask in self._masks.items():
            events = _ready(fd) & (mask | POLLHUP) if _mode_of(fd) is not None else 0
            if events:
                ready.append((fd, events))
        if maxevents > 0:
            del ready[maxevents:]
        if not ready:
            _wait(seconds)
        return ready

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        self.close()


def _memory_device(fd):
    # the character devices of major number 1: /dev/null, /dev/zero, /dev/full, /dev/random ...
    return _os.major(_os.fstat(fd).st_rdev) == 1


def __dir__():
    # the C module's names: not the helpers above
    return sorted(name for name in globals() if not name.startswith("_") or name.startswith("__"))
