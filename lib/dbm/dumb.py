"""dbm.dumb: a slow but portable key/value database in two files.

NAME.dat holds the values, each starting on a 512-byte boundary; NAME.dir lists, one line
per key, the key and the (offset, size) of its value, as the repr of a str and of a tuple;
NAME.bak keeps the previous index. Keys and values are bytes (str is stored as UTF-8).
"""

import ast as _ast
import collections.abc
import io as _io
import os as _os

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


def _closed_error():
    return error('DBM object has already been closed')


def _read_only_error():
    return error('The database is opened for reading only')


class _Database(collections.abc.MutableMapping):

    def __init__(self, base, mode, flag='c'):
        filebasename = base
        self._mode = mode
        self._readonly = flag == 'r'
        self._dirfile = filebasename + '.dir'
        self._datfile = filebasename + '.dat'
        self._bakfile = filebasename + '.bak'
        self._index = None
        self._modified = False
        if flag == 'n':
            for stale in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(stale)
                except OSError:
                    pass
        try:
            f = _io.open(self._datfile, 'rb')
        except OSError:
            if flag not in ('c', 'n'):
                raise
            with _io.open(self._datfile, 'w', encoding="Latin-1"):
                pass
            self._chmod(self._datfile)
        else:
            f.close()
        self._load_index(flag)

    def _load_index(self, flag):
        self._index = {}
        if flag == 'n':
            self._modified = True
            return
        try:
            with _io.open(self._dirfile, 'r', encoding="Latin-1") as f:
                text = f.read()
        except OSError:
            self._modified = not self._readonly
            return
        for line in text.splitlines():
            if not line.strip():
                continue
            key, place = _ast.literal_eval(line)
            self._index[key.encode('Latin-1')] = place

    def _commit(self):
        if not self._modified or self._index is None:
            return
        for stale in (self._bakfile,):
            try:
                _os.unlink(stale)
            except OSError:
                pass
        try:
            _os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        with _io.open(self._dirfile, 'w', encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            for key, place in self._index.items():
                f.write("%r, %r\n" % (key.decode('Latin-1'), place))
        self._modified = False

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise _closed_error()

    @staticmethod
    def _as_bytes(value, what):
        if isinstance(value, str):
            return value.encode('utf-8')
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError("%s must be bytes or strings" % what)
        return bytes(value)

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        pos, siz = self._index[key]
        with _io.open(self._datfile, 'rb') as data:
            data.seek(pos)
            return data.read(siz)

    def _append_value(self, val):
        with _io.open(self._datfile, 'rb+') as data:
            end = data.seek(0, 2)
            start = -(-end // _BLOCKSIZE) * _BLOCKSIZE
            data.write(bytes(start - end) + val)
        return start, len(val)

    def _overwrite_value(self, pos, val):
        with _io.open(self._datfile, 'rb+') as data:
            data.seek(pos)
            data.write(val)
        return pos, len(val)

    def __setitem__(self, key, value):
        val = value
        if self._readonly:
            raise _read_only_error()
        key = self._as_bytes(key, "keys")
        val = self._as_bytes(val, "values")
        self._verify_open()
        self._modified = True
        if key not in self._index:
            self._index[key] = self._append_value(val)
            # a new key goes to the index file at once, as CPython's does
            with _io.open(self._dirfile, 'a', encoding="Latin-1") as index:
                self._chmod(self._dirfile)
                index.write("%r, %r\n" % (key.decode("Latin-1"), self._index[key]))
            return
        pos, siz = self._index[key]
        old_blocks = -(-siz // _BLOCKSIZE)
        new_blocks = -(-len(val) // _BLOCKSIZE)
        if new_blocks <= old_blocks:
            self._index[key] = self._overwrite_value(pos, val)
        else:
            self._index[key] = self._append_value(val)

    def __delitem__(self, key):
        if self._readonly:
            raise _read_only_error()
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        self._modified = True
        del self._index[key]
        self._commit()

    def keys(self):
        try:
            return list(self._index)
        except TypeError:
            raise _closed_error() from None

    def items(self):
        self._verify_open()
        return [(k, self[k]) for k in list(self._index)]

    def __contains__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        try:
            return key in self._index
        except TypeError:
            if self._index is None:
                raise _closed_error() from None
            raise

    def iterkeys(self):
        try:
            return iter(self._index)
        except TypeError:
            raise _closed_error() from None

    __iter__ = iterkeys

    def __len__(self):
        try:
            return len(self._index)
        except TypeError:
            raise _closed_error() from None

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None
            self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, file):
        try:
            _os.chmod(file, self._mode)
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_FLAGS = 'rwcn'


def open(file, flag='c', mode=0o666):
    """Open the database file, filename, and return corresponding object."""
    filebasename = _os.fsdecode(_os.fspath(file))
    if len(flag) != 1 or flag not in _FLAGS:
        raise ValueError("Flag must be one of " + ", ".join(repr(c) for c in _FLAGS[:3]) + ", or 'n'")
    try:
        umask = _os.umask(0)
        _os.umask(umask)
    except AttributeError:
        umask = 0
    return _Database(filebasename, mode & ~umask, flag=flag)
