"""Operating-system interfaces (heapstack): files, directories, the environment and the
process, over the host operations of the built-in _os module.

Only the POSIX flavour exists (os.name == 'posix'); no fork, exec or spawn, no terminals (kill and
the wait family are at the end). system/popen run a command to completion (not in the browser)."""

import abc as _abc
import sys
import _os
import posix as _posix
import stat as _stat

from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4

error = OSError

import posixpath as path
sys.modules['os.path'] = path

# What CPython's posix module implements in C is native here too (src/modules/posix.ts), so a
# failing call raises from the caller's line without a frame of this module in the traceback.
from posix import (getcwd, getcwdb, fspath, stat, lstat, chdir, listdir, mkdir, rmdir,
                   unlink, remove, rename, replace, symlink, readlink, chmod, access,
                   utime, scandir, statvfs, statvfs_result)


# --- paths -----------------------------------------------------------------------------------


class PathLike(_abc.ABC):
    """Abstract base class for objects with a __fspath__ method."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)



def _path_arg(func, value, argname='path', allow_none=False, allow_fd=False):
    """The str a host call needs: os.fspath of value, with CPython's TypeError wording."""
    if value is None and allow_none:
        return '.'
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode('utf-8', 'surrogateescape')
    kind = type(value)
    if hasattr(kind, '__fspath__'):
        result = fspath(value)
        if isinstance(result, bytes):
            return result.decode('utf-8', 'surrogateescape')
        return result
    if allow_fd and isinstance(value, int):
        raise NotImplementedError("%s: file descriptors are not supported by heapstack" % func)
    kinds = ['string', 'bytes', 'os.PathLike']
    if allow_fd:
        kinds.append('integer')
    if allow_none:
        kinds.append('None')
    accepted = ', '.join(kinds[:-1]) + ' or ' + kinds[-1]
    raise TypeError("%s: %s should be %s, not %s" % (func, argname, accepted, kind.__name__))


# --- stat ------------------------------------------------------------------------------------

stat_result = _posix.stat_result


# --- wait statuses ---------------------------------------------------------------------------
# C functions in CPython (posix.WIFEXITED...), so where they sit does not show in tracebacks.
# They sit here, in the place of the Python stat_result this module had before posix made it,
# so that makedirs, removedirs and renames below keep CPython's line numbers (see the note
# under 'directories and files').


def _c_int_status(status):
    # the wait status is a C int
    status = status.__index__() if not isinstance(status, int) and hasattr(type(status), '__index__') else status
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(status).__name__)
    if not -0x80000000 <= status <= 0x7fffffff:
        raise OverflowError('Python int too large to convert to C int')
    return status


def WIFEXITED(status):
    """Return True if the process exited by calling exit()."""
    return _c_int_status(status) & 0x7f == 0


def WEXITSTATUS(status):
    """Return the process's exit code (when WIFEXITED is true)."""
    return (_c_int_status(status) >> 8) & 0xff


def WIFSIGNALED(status):
    """Return True if the process was ended by a signal."""
    return 0 < _c_int_status(status) & 0x7f < 0x7f


def WTERMSIG(status):
    """Return the signal that ended the process (when WIFSIGNALED is true)."""
    return _c_int_status(status) & 0x7f


def WIFSTOPPED(status):
    """Return True if the process is stopped."""
    return _c_int_status(status) & 0xff == 0x7f


def WSTOPSIG(status):
    """Return the signal that stopped the process (when WIFSTOPPED is true)."""
    return (_c_int_status(status) >> 8) & 0xff


def WIFCONTINUED(status):
    """Return True if a stopped process was resumed by SIGCONT."""
    return _c_int_status(status) == 0xffff


def WCOREDUMP(status):
    """Return True if the process left a core dump."""
    return bool(_c_int_status(status) & 0x80)


def waitstatus_to_exitcode(status):
    """Turn a wait status into an exit code: the exit status, or -signal when killed."""
    status = _c_int_status(status)
    low = status & 0x7f
    if low == 0:
        return (status >> 8) & 0xff
    if low != 0x7f:
        return -low
    if status & 0xff == 0x7f:
        raise ValueError('process stopped by delivery of signal %i' % ((status >> 8) & 0xff))
    raise ValueError('invalid wait status: %i' % status)


# --- directories and files -------------------------------------------------------------------
#
# The single-call operations (mkdir, rmdir, remove, rename, listdir, ...) come from posix
# above. What is left here is written in Python in CPython too: the operations made of
# several calls, which tracebacks show as frames of this module. Their line numbers matter
# for that reason: a frozen module's frame prints no source line, only "<frozen os>" and
# the number, so the lines a failure can pass through (makedirs' mkdir) sit where CPython
# has them. os.environ's KeyError is the one known exception: CPython raises it from its
# line 679, a place this shorter module does not reach, so that traceback differs in the
# line number only.

def umask(mask):
    """Set the current numeric umask and return the previous umask."""
    return _os.umask(mask)


def strerror(code):
    """Translate an error code to a message string."""
    return _os.strerror(code)
















def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.

    Each missing directory on the way to `name` is made first (recursively,
    with the same mode); a parent that appears meanwhile is not an error.
    When `name` itself already exists as a directory, exist_ok=True makes
    that a success; otherwise mkdir's FileExistsError propagates.
    """
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            # made by someone else meanwhile: as good
            pass
        here = curdir.encode() if isinstance(parent, bytes) else curdir
        if leaf == here:
            # "parent/." names a directory that now exists
            return

    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise












def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)














def renames(old, new):
    """Rename, creating the new name's directories and pruning the old one's empty ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass






























































def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for each directory."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    # walk's generator: top is checked (fspath) when walk is called, not at the first next()
    pending = [top]
    while pending:
        current = pending.pop()
        if isinstance(current, tuple):
            yield current
            continue
        dirs, files, descend = [], [], []
        try:
            it = scandir(current)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        with it:
            for entry in it:
                try:
                    isdir = entry.is_dir()
                except OSError:
                    isdir = False
                if isdir:
                    dirs.append(entry.name)
                    if not topdown:
                        if followlinks:
                            descend.append(entry.path)
                        else:
                            try:
                                link = entry.is_symlink()
                            except OSError:
                                link = False
                            if not link:
                                descend.append(entry.path)
                else:
                    files.append(entry.name)
        if topdown:
            yield current, dirs, files
            for d in reversed(dirs):
                child = path.join(current, d)
                if followlinks or not path.islink(child):
                    pending.append(child)
        else:
            pending.append((current, dirs, files))
            for child in reversed(descend):
                pending.append(child)


# --- scandir and walk ------------------------------------------------------------------------

class DirEntry:
    """An entry of a directory as scandir() yields it."""

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def _lstat_result(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._lstat_result()
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self._lstat_result()
        return self._stat

    def inode(self):
        return self._lstat_result().st_ino

    def _test(self, check, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return check(st.st_mode)

    def is_dir(self, *, follow_symlinks=True):
        return self._test(_stat.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test(_stat.S_ISREG, follow_symlinks)

    def is_symlink(self):
        try:
            return _stat.S_ISLNK(self._lstat_result().st_mode)
        except FileNotFoundError:
            return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


def _new_entry(directory, entry_name):
    entry = object.__new__(DirEntry)
    entry.name = entry_name
    if isinstance(directory, bytes):
        sep_ = b'/'
    else:
        sep_ = '/'
    if directory.endswith(sep_):
        entry.path = directory + entry_name
    else:
        entry.path = directory + sep_ + entry_name
    entry._lstat = None
    entry._stat = None
    return entry


class _ScandirIterator:
    __slots__ = ('_entries', '_closed')

    def __init__(self, entries):
        self._entries = iter(entries)
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        return next(self._entries)

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def _scandir_result(path, names):
    """posix.scandir's second half: DirEntry objects for the names it read."""
    directory = '.' if path is None else fspath(path)
    if isinstance(directory, bytes):
        names = [fsencode(n) for n in names]
    return _ScandirIterator([_new_entry(directory, n) for n in names])


_posix._register_factories(_scandir_result)


# --- the process -----------------------------------------------------------------------------

def getpid():
    """Return the current process id."""
    return _os.process()[0]


def getppid():
    """Return the parent's process id."""
    return _os.process()[1]


def cpu_count():
    """Return the number of logical CPUs in the system, or None if it is undetermined."""
    return _os.process()[2]


def getuid():
    """Return the current process's user id."""
    return _os.process()[3]


def geteuid():
    """Return the current process's effective user id."""
    return _os.process()[3]


def getgid():
    """Return the current process's group id."""
    return _os.process()[4]


def getegid():
    """Return the current process's effective group id."""
    return _os.process()[4]


def getlogin():
    """Return the actual login name."""
    login = _os.process()[5]
    if login is None:
        raise OSError(6, 'No such device or address')
    return login


uname_result = _posix.uname_result
times_result = _posix.times_result


def times():
    """Return a collection containing process timing information."""
    user, system, elapsed = _os.times()
    return _posix._struct_result(times_result, (user, system, 0.0, 0.0, elapsed))


def uname():
    """Return an object identifying the current operating system."""
    return _posix._struct_result(uname_result, tuple(_os.uname()))


def urandom(size):
    """Return a bytes object containing random bytes suitable for cryptographic use."""
    if not isinstance(size, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
    return _os.urandom(size)


# --- file descriptors ------------------------------------------------------------------------
#
# A descriptor is the file of a stream in _io's descriptor table: open() files hold one each,
# os.open makes one the table keeps until os.close, and open(fd) / fdopen share its file and
# position. 0, 1 and 2 are the process's own standard streams (os.write(1, ...) passes
# sys.stdout's buffer, as in CPython).

O_RDONLY, O_WRONLY, O_RDWR, O_ACCMODE = 0, 1, 2, 3
O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND, O_NONBLOCK, O_NDELAY = 64, 128, 256, 512, 1024, 2048, 2048
O_DSYNC, O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC, O_SYNC, O_RSYNC = 4096, 65536, 131072, 524288, 1052672, 1052672
O_ASYNC, O_DIRECT, O_LARGEFILE, O_NOATIME, O_PATH, O_TMPFILE = 8192, 16384, 0, 262144, 2097152, 4259840
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1

import _io

def _bad_fd():
    return OSError(9, 'Bad file descriptor')


def _fd_arg(fd):
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    return fd


def _is_open(fd):
    return _io._fd_path(_fd_arg(fd)) is not None


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file for low level IO.  Returns a file descriptor (integer)."""
    path = _path_arg('open', path)
    name = fsdecode(path)
    access = flags & O_ACCMODE
    exists = _posix.access(name, F_OK) if name else False
    if flags & O_CREAT and flags & O_EXCL and exists:
        raise FileExistsError(17, 'File exists', path)
    if not exists and not flags & O_CREAT:
        raise FileNotFoundError(2, 'No such file or directory', path)
    if exists and _stat.S_ISDIR(_posix.stat(name).st_mode):
        if access != O_RDONLY:
            raise IsADirectoryError(21, 'Is a directory', path)
    elif exists and not flags & O_TRUNC:
        if not _posix.access(name, R_OK if access == O_RDONLY else W_OK):
            raise PermissionError(13, 'Permission denied', path)
    elif access != O_RDONLY or not exists:
        try:
            _builtin_open(name, 'wb').close()
        except PermissionError:
            raise PermissionError(13, 'Permission denied', path) from None
    return _io._fd_open(name, access != O_WRONLY, access != O_RDONLY, bool(flags & O_APPEND))


def _builtin_open(*args, **kwargs):
    import builtins
    return builtins.open(*args, **kwargs)


# --- the environment -------------------------------------------------------------------------
#
# (This part stands where CPython's does, so that a missing variable's KeyError shows the frame
# python3 shows: "<frozen os>", line 679, in __getitem__.)


def putenv(name, value):
    """Change or add an environment variable (os.environ is not updated)."""
    _os.putenv(_path_arg('putenv', name, 'name'), _path_arg('putenv', value, 'value'))


def unsetenv(name):
    """Delete an environment variable (os.environ is not updated)."""
    _os.unsetenv(_path_arg('unsetenv', name, 'name'))


def get_exec_path(env=None):
    if env is None:
        env = environ
    value = env.get('PATH', defpath)
    return value.split(pathsep)


# os.environ and os.environb: views of one dict of str, each with its own key and value types






class _Environ(_MutableMapping):
    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            # the KeyError names the key as given
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        _os.unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            # the KeyError names the key as given
            raise KeyError(key) from None

    def __iter__(self):
        # over a copy of the keys: the loop's body may change the environment
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join(
            f'{self.decodekey(key)!r}: {self.decodevalue(value)!r}'
            for key, value in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        # stores through __setitem__, which checks and exports the value
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        merged.update(self)
        return merged















def _createenviron():
    # heapstack keeps the environment as str (CPython's POSIX build keeps bytes and decodes):
    # keys and values are checked, not converted
    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def decode(value):
        return value

    # a dict of its own: the host's environment as the program starts
    return _Environ(_os.environ(), encode, decode, encode, decode)


# unicode environ
environ = _createenviron()
del _createenviron


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)

supports_bytes_environ = True
def _encode_text(text):
    return text.encode('utf-8', 'surrogateescape')

def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value.decode('utf-8', 'surrogateescape')

# bytes environ: the same variables as environ, with bytes keys and values
environb = _Environ(environ._data,
                    _check_bytes, _encode_text,
                    _check_bytes, _encode_text)


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)



def _fscodec():
    # heapstack's file system encoding is always UTF-8, with surrogateescape
    # for the bytes that are not

    def fsencode(filename):
        """Encode filename (an os.PathLike, bytes, or str) to the filesystem
        encoding with 'surrogateescape' error handler, return bytes unchanged.
        """
        # fspath checks the type of filename (str, bytes or a PathLike
        # giving one of them)
        filename = fspath(filename)
        if isinstance(filename, str):
            return filename.encode('utf-8', 'surrogateescape')
        else:
            return filename

    def fsdecode(filename):
        """Decode filename (an os.PathLike, bytes, or str) from the filesystem
        encoding with 'surrogateescape' error handler, return str unchanged.
        """
        # fspath checks the type of filename (str, bytes or a PathLike
        # giving one of them)
        filename = fspath(filename)
        if isinstance(filename, bytes):
            return filename.decode('utf-8', 'surrogateescape')
        else:
            return filename

    return fsencode, fsdecode

fsencode, fsdecode = _fscodec()
del _fscodec


def close(fd):
    """Close a file descriptor."""
    if not _io._fd_close(_fd_arg(fd)) and fd not in (0, 1, 2):
        raise _bad_fd()


def closerange(fd_low, fd_high):
    """Closes all file descriptors in [fd_low, fd_high), ignoring errors."""
    for fd in range(max(fd_low, 3), fd_high):
        _io._fd_close(fd)


def read(fd, length):
    """Read from a file descriptor.  Returns a bytes object."""
    _fd_arg(fd)
    if not isinstance(length, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(length).__name__)
    if length < 0:
        raise OSError(22, 'Invalid argument')
    if fd == 0 and not _is_open(0):
        return _io._stdin_read(length)
    return _io._fd_read(fd, length)


def write(fd, data):
    """Write a bytes object to a file descriptor."""
    _fd_arg(fd)
    try:
        data = memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
    if fd in (1, 2) and not _is_open(fd):
        return _os.write_std(fd, data)
    return _io._fd_write(fd, data)


def lseek(fd, position, whence):
    """Set the position of a file descriptor.  Return the new position."""
    if _fd_arg(fd) in (0, 1, 2) and not _is_open(fd):
        raise OSError(29, 'Illegal seek')
    return _io._fd_seek(fd, position, whence)


def ftruncate(fd, length):
    """Truncate a file, specified by file descriptor, to a specific length."""
    _io._fd_truncate(_fd_arg(fd), length)


def pipe():
    """Create a pipe: a pair of descriptors (r, w) for reading and writing. Its bytes are kept
    in memory; reading an empty pipe gives b'' (there is no other process to wait for)."""
    return _io._pipe()


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    path = _io._fd_path(_fd_arg(fd))
    if path == '':
        # a pipe
        return _posix._stat_result((0o10600, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 4096, 0))
    if path is not None:
        return _posix.stat(path)
    if fd not in (0, 1, 2):
        raise _bad_fd()
    try:
        return _posix._stat_result(_os.fstat_std(fd))
    except OSError:
        # A host without descriptors: a pipe with nothing waiting in it.
        return _posix._stat_result((0o10600, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 4096, 0))


def fsync(fd):
    """Force write of fd to disk."""
    if not _is_open(fd) and fd not in (0, 1, 2):
        raise _bad_fd()


fdatasync = fsync


def sync():
    """Force write of everything to disk."""


def isatty(fd):
    """Return True if the fd is connected to a terminal."""
    if _fd_arg(fd) not in (0, 1, 2) or _is_open(fd):
        return False
    stream = (sys.__stdin__, sys.__stdout__, sys.__stderr__)[fd]
    return bool(stream is not None and stream.isatty())


def get_inheritable(fd):
    """Get the close-on-exe flag of the specified file descriptor."""
    if not _is_open(fd) and fd not in (0, 1, 2):
        raise _bad_fd()
    return fd in (0, 1, 2)


def get_blocking(fd):
    """Get the blocking mode of the file descriptor."""
    if not _is_open(fd) and fd not in (0, 1, 2):
        raise _bad_fd()
    return True


def set_blocking(fd, blocking):
    """Set the blocking mode of the specified file descriptor."""
    get_blocking(fd)


if _os.can_spawn():
    # a host with processes (the CLI's); the browser sandbox has no os._exit, as no os.fork
    from posix import _exit

    def system(command):
        """Execute the command in a subshell; return its wait status (exit code << 8)."""
        # the command converts as a path does (str, bytes or os.PathLike)
        command = fspath(command)
        if isinstance(command, bytes):
            command = command.decode('utf-8', 'surrogateescape')
        # the child writes to our stdout/stderr directly: what sys.stdout still buffers is
        # not flushed first (as in CPython, whose buffered output can come after the child's)
        status, signal, _timed_out, _pid, out, err = _os.spawn(
            ('/bin/sh', '-c', command), b'', None, tuple(environ.items()), None, '/bin/sh')
        if out:
            _os.write_std(1, out)
        if err:
            _os.write_std(2, err)
        if status is None:
            return signal & 0x7f
        return (status & 0xff) << 8










    def popen(cmd, mode="r", buffering=-1):
        if not isinstance(cmd, str):
            raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
        if mode not in ("r", "w"):
            raise ValueError("invalid mode %r" % mode)
        if buffering == 0 or buffering is None:
            raise ValueError("popen() does not support unbuffered streams")
        import subprocess
        if mode == "r":
            proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE,
                                    bufsize=buffering)
            return _wrap_close(proc.stdout, proc)
        proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE,
                                bufsize=buffering)
        return _wrap_close(proc.stdin, proc)

    class _wrap_close:
        """The stream os.popen returns: closing it waits for the command and gives its
        status (None when it succeeded, else the wait status)."""

        def __init__(self, stream, proc):
            self._stream = stream
            self._proc = proc

        def close(self):
            self._stream.close()
            code = self._proc.wait()
            return None if code == 0 else code << 8

        def __enter__(self):
            return self

        def __exit__(self, *exc_info):
            self.close()

        def __getattr__(self, name):
            return getattr(self._stream, name)

        def __iter__(self):
            return iter(self._stream)







def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    # open() itself: a text stream's encoding is chosen as open() chooses it, and the
    # descriptor is shared with the stream (closing it closes the descriptor, unless
    # closefd=False)
    return _builtin_open(fd, mode, buffering, encoding, *args, **kwargs)


terminal_size = _posix.terminal_size


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    # a descriptor that is not open is EBADF, as ioctl(2) says; an open one that is no
    # terminal, ENOTTY
    if fd not in (0, 1, 2) and not _is_open(fd):
        raise _bad_fd()
    if not isatty(fd):
        raise OSError(25, 'Inappropriate ioctl for device')
    return _posix._struct_result(terminal_size, (80, 24))


def device_encoding(fd):
    """Return a string describing the encoding of a terminal's file descriptor."""
    return 'utf-8' if isatty(fd) else None


supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = {stat}

del _abc


# --- processes and devices (native, in src/modules/posix.ts) ---------------------------------
# Defined last so that the functions above keep the line numbers CPython's tracebacks show for
# them ("<frozen os>", line N). kill sends signals; heapstack's processes have no children (no
# fork; subprocess reaps what it runs), so the wait family fails with ECHILD as on Linux then.

from posix import (link, truncate, wait, waitpid, wait3, wait4, sched_yield, getloadavg,
                   getgroups, major, minor, makedev, getrandom, sched_getaffinity)
if _os.can_spawn():
    # a host with processes (the CLI's); the browser sandbox has none to signal
    from posix import kill

# Linux's values of the constants CPython's posix module defines (x86-64 glibc): a program may
# test or pass them even where heapstack has no function that takes them.
EX_OK, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST = 0, 64, 65, 66, 67, 68
EX_UNAVAILABLE, EX_SOFTWARE, EX_OSERR, EX_OSFILE, EX_CANTCREAT, EX_IOERR = 69, 70, 71, 72, 73, 74
EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM, EX_CONFIG = 75, 76, 77, 78
WNOHANG, WUNTRACED, WSTOPPED, WEXITED, WCONTINUED, WNOWAIT = 1, 2, 2, 4, 8, 0x1000000
P_PID, P_PGID, P_ALL, P_PIDFD = 1, 2, 0, 3
P_WAIT, P_NOWAIT, P_NOWAITO = 0, 1, 1
CLD_EXITED, CLD_KILLED, CLD_DUMPED, CLD_TRAPPED, CLD_STOPPED, CLD_CONTINUED = 1, 2, 3, 4, 5, 6
PRIO_PROCESS, PRIO_PGRP, PRIO_USER = 0, 1, 2
SEEK_DATA, SEEK_HOLE = 3, 4
F_ULOCK, F_LOCK, F_TLOCK, F_TEST = 0, 1, 2, 3
O_FSYNC = O_SYNC
SCHED_OTHER, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE = 0, 1, 2, 3, 5
SCHED_RESET_ON_FORK = 0x40000000
RTLD_LAZY, RTLD_NOW, RTLD_NOLOAD, RTLD_DEEPBIND, RTLD_GLOBAL, RTLD_LOCAL, RTLD_NODELETE = 1, 2, 4, 8, 256, 0, 4096
ST_RDONLY, ST_NOSUID, ST_NODEV, ST_NOEXEC, ST_SYNCHRONOUS, ST_MANDLOCK = 1, 2, 4, 8, 16, 64
ST_WRITE, ST_APPEND, ST_NOATIME, ST_NODIRATIME, ST_RELATIME = 128, 256, 1024, 2048, 4096
POSIX_FADV_NORMAL, POSIX_FADV_RANDOM, POSIX_FADV_SEQUENTIAL = 0, 1, 2
POSIX_FADV_WILLNEED, POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE = 3, 4, 5
POSIX_SPAWN_OPEN, POSIX_SPAWN_CLOSE, POSIX_SPAWN_DUP2 = 0, 1, 2
GRND_NONBLOCK, GRND_RANDOM = 1, 2
EFD_SEMAPHORE, EFD_NONBLOCK, EFD_CLOEXEC = 1, 2048, 524288
MFD_CLOEXEC, MFD_ALLOW_SEALING, MFD_HUGETLB, MFD_HUGE_SHIFT, MFD_HUGE_MASK = 1, 2, 4, 26, 63
(MFD_HUGE_64KB, MFD_HUGE_512KB, MFD_HUGE_1MB, MFD_HUGE_2MB, MFD_HUGE_8MB, MFD_HUGE_16MB,
 MFD_HUGE_32MB, MFD_HUGE_256MB, MFD_HUGE_512MB, MFD_HUGE_1GB, MFD_HUGE_2GB, MFD_HUGE_16GB) = (
    size << 26 for size in (16, 19, 20, 21, 23, 24, 25, 28, 29, 30, 31, 34))
RWF_HIPRI, RWF_DSYNC, RWF_SYNC, RWF_NOWAIT, RWF_APPEND = 1, 2, 4, 8, 16
SPLICE_F_MOVE, SPLICE_F_NONBLOCK, SPLICE_F_MORE = 1, 2, 4
XATTR_CREATE, XATTR_REPLACE, XATTR_SIZE_MAX = 1, 2, 65536
NGROUPS_MAX, TMP_MAX = 65536, 238328
