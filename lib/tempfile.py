"""Temporary files and directories (heapstack's own tempfile).

heapstack's files are not operating-system descriptors, so every temporary
file here is a named file opened with exclusive creation ('x' mode) and
removed when it is closed; directories are made with os.mkdir(path, 0o700)
and removed with shutil.rmtree.
"""

import io as _io
import os as _os
import shutil as _shutil
import sys as _sys
import types as _types
import warnings as _warnings
import weakref as _weakref
from random import Random as _Random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = 238328  # os.TMP_MAX on Linux
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


class _RandomNameSequence:
    """An endless supply of 8-character names made of [a-z0-9_]."""

    characters = _NAME_CHARS

    @property
    def rng(self):
        pid = _os.getpid()
        if getattr(self, "_owner_pid", None) != pid:
            self._generator = _Random()
            self._owner_pid = pid
        return self._generator

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self.rng.choices(self.characters, k=8))


_names = None


def _candidate_names():
    global _names
    if _names is None:
        _names = _RandomNameSequence()
    return _names


def _search_dirs():
    found = [_os.getenv(var) for var in ("TMPDIR", "TEMP", "TMP")]
    found = [d for d in found if d]
    found += ["/tmp", "/var/tmp", "/usr/tmp"]
    try:
        found.append(_os.getcwd())
    except OSError:
        found.append(_os.curdir)
    return found


def _usable_dir():
    names = _RandomNameSequence()
    candidates = _search_dirs()
    for base in candidates:
        if base != _os.curdir:
            base = _os.path.abspath(base)
        for _ in range(100):
            probe = _os.path.join(base, next(names))
            try:
                with open(probe, "xb") as handle:
                    handle.write(b"blat")
                _os.unlink(probe)
                return base
            except FileExistsError:
                continue
            except OSError:
                break
    raise FileNotFoundError(2, f"No usable temporary directory found in {candidates}")


def gettempprefix():
    """The default prefix for temporary names (str)."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix for temporary names (bytes)."""
    return _os.fsencode(template)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _usable_dir()
    return tempdir


def gettempdir():
    """The directory temporary files go to by default (str)."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The directory temporary files go to by default (bytes)."""
    return _os.fsencode(_gettempdir())


def _infer_return_type(*args):
    kind = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        this = bytes if isinstance(arg, bytes) else str
        if kind is not None and kind is not this:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        kind = this
    if kind is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return kind


def _parameters(prefix, suffix, dir):
    kind = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


def _fresh_names(kind):
    names = _candidate_names()
    if kind is bytes:
        return map(_os.fsencode, names)
    return names


def _create_file(dir, prefix, suffix, kind, audit="tempfile.mkstemp"):
    # Creates an empty file with a fresh name; returns its absolute path.
    dir = _os.path.abspath(dir)
    names = _fresh_names(kind)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        _sys.audit(audit, path)
        try:
            open(path, "xb").close()
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new temporary file and return (descriptor, absolute path).

    heapstack has no file descriptors of its own: the file is created
    and the first item is the descriptor os.open returns when the
    runtime provides one, else None."""
    prefix, suffix, dir, kind = _parameters(prefix, suffix, dir)
    path = _create_file(dir, prefix, suffix, kind)
    opener = getattr(_os, "open", None)
    if opener is None:
        return None, path
    return opener(path, _os.O_RDWR), path


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new private temporary directory and return its path."""
    prefix, suffix, dir, kind = _parameters(prefix, suffix, dir)
    names = _fresh_names(kind)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        _sys.audit("tempfile.mkdtemp", path)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a fresh temporary file name without creating it (unsafe).

    Only documented as deprecated: CPython 3.11 issues no warning."""
    if dir is None:
        dir = gettempdir()
    names = _candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


# ---------------------------------------------------------------------------
# Files

class _Remover:
    # Deletes the file when the wrapper is closed or collected.
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.close_called = False

    def close(self, unlink=_os.unlink):
        if self.close_called:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """A temporary file: the underlying file object's interface plus
    removal of the file on close."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _Remover(file, name, delete)

    def __getattr__(self, name):
        target = self.__dict__["file"]
        found = getattr(target, name)
        if callable(found):
            # keep the wrapper (and so the file) alive while the method is
            # in use, as CPython does
            wrapper = self

            def method(*args, **kwargs):
                wrapper
                return found(*args, **kwargs)
            method.__name__ = getattr(found, "__name__", name)
            setattr(self, name, method)
            return method
        return found

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Close the temporary file, possibly deleting it."""
        self._closer.close()

    def __iter__(self):
        # a for loop, not 'yield from': closing an abandoned iterator must
        # not close the file (PEP 380 would call the file's close())
        for line in self.file:
            yield line


def _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    prefix, suffix, dir, kind = _parameters(prefix, suffix, dir)
    path = _create_file(dir, prefix, suffix, kind)
    if "b" in mode and "w" in mode:
        # CPython opens the new descriptor, so a binary file reports 'rb+'
        mode = mode.replace("w", "r") if "+" in mode else mode
    try:
        file = _io.open(path, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(path)
        raise
    return file, path


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """Create and return a temporary file with a visible name (.name),
    removed when it is closed if delete is true."""
    file, path = _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """Create and return a temporary file, removed when it is closed."""
    file, path = _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(file, path, True)


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows past max_size
    (or fileno() is called), then moved to a real temporary file."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n")
            if encoding is None:
                encoding = "locale"
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {
            "mode": mode, "buffering": buffering, "suffix": suffix, "prefix": prefix,
            "encoding": encoding, "newline": newline, "dir": dir, "errors": errors,
        }

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if self._rolled:
            return
        size = self._max_size
        if size and file.tell() > size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        args = dict(self._TemporaryFileArgs)
        if args["encoding"] == "locale":
            args["encoding"] = None
        new = self._file = TemporaryFile(**args)
        new.write(memory.getvalue())
        new.seek(memory.tell(), 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                           stacklevel=2, source=self)
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if "b" in self._TemporaryFileArgs["mode"]:
            return self._file.encoding
        encoding = self._TemporaryFileArgs["encoding"]
        return "UTF-8" if encoding in (None, "locale") else encoding

    @property
    def errors(self):
        if "b" in self._TemporaryFileArgs["mode"]:
            return self._file.errors
        return self._TemporaryFileArgs["errors"] or "strict"

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        written = file.write(s)
        self._check(file)
        return written

    def writelines(self, iterable):
        file = self._file
        result = file.writelines(iterable)
        self._check(file)
        return result

    def detach(self):
        return self._file.detach()


# ---------------------------------------------------------------------------
# Directories

def _force_remove(path, ignore_errors=False):
    def retry(func, target, exc_info):
        exc = exc_info[1]
        if isinstance(exc, PermissionError):
            try:
                if target != path:
                    _os.chmod(_os.path.dirname(target), 0o700)
                _os.chmod(target, 0o700)
                if _os.path.isdir(target):
                    _force_remove(target, ignore_errors)
                else:
                    _os.unlink(target)
                return
            except FileNotFoundError:
                return
        if isinstance(exc, FileNotFoundError):
            return
        if not ignore_errors:
            raise exc
    _shutil.rmtree(path, onerror=retry)


class TemporaryDirectory:
    """A temporary directory: .name is its path, and it is removed with
    its contents by cleanup(), at the end of a with block, or when the
    object is collected (with a ResourceWarning)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message=f"Implicitly cleaning up {self!r}",
            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        _force_remove(name, ignore_errors)
        _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            _force_remove(self.name, self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
